/**
 * Domain types shared by every stage of the pipeline.
 *
 * Closed vocabularies are `as const` arrays with a literal union beside them, so the
 * type checker catches a misspelt ACLED category long before an analyst does.
 */

/** ACLED event types and their sub-event types, exact strings (ACLED codebook 2023). */
export const EVENT_TAXONOMY = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': [
    'Chemical weapon',
    'Air/drone strike',
    'Suicide bomb',
    'Shelling/artillery/missile attack',
    'Remote explosive/landmine/IED',
    'Grenade',
  ],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': [
    'Agreement',
    'Arrests',
    'Change to group/activity',
    'Disrupted weapons use',
    'Headquarters or base established',
    'Looting/property destruction',
    'Non-violent transfer of territory',
    'Other',
  ],
} as const;

export type EventType = keyof typeof EVENT_TAXONOMY;
export type SubEventType = (typeof EVENT_TAXONOMY)[EventType][number];
export const EVENT_TYPES = Object.keys(EVENT_TAXONOMY) as EventType[];
export const SUB_EVENT_TYPES = Object.values(EVENT_TAXONOMY).flat() as SubEventType[];

/** The event type a sub-event type belongs to. */
export function eventTypeOf(sub: SubEventType): EventType {
  for (const t of EVENT_TYPES) if ((EVENT_TAXONOMY[t] as readonly string[]).includes(sub)) return t;
  throw new Error(`unknown sub-event type: ${sub}`);
}

export const WEAPONS = [
  'drone', 'aircraft', 'missile', 'rocket', 'artillery', 'mortar', 'explosive', 'suicide explosive',
  'grenade', 'firearm', 'melee', 'vehicle', 'fire', 'chemical', 'other',
] as const;
export type Weapon = (typeof WEAPONS)[number];

export const ACTOR_KINDS = [
  'state_forces', 'police', 'rebel_group', 'political_militia', 'identity_militia', 'external_force',
  'civilians', 'protesters', 'rioters', 'unidentified_armed_group', 'government', 'other',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** How sure the report is about the event itself. */
export const CERTAINTIES = ['stated', 'claimed', 'reported', 'denied'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

export const DATE_PRECISIONS = ['day', 'week', 'month', 'year', 'unknown'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** 1 = town/exact place, 2 = part of a region or near a town, 3 = admin region or country. */
export type GeoPrecision = 1 | 2 | 3;

/** Half-open character range `[start, end)` in the article text. */
export interface Span {
  start: number;
  end: number;
}

/** Whether the text said it, or a stage filled it in (chrono's assign vs imply). */
export type Basis = 'stated' | 'inferred';

/** A value with its provenance: where in the article it came from and which rule produced it. */
export interface Field<T> {
  value: T;
  span: Span | null;
  stage: string;
  rule: string;
  basis: Basis;
}

/** An article as read from its source, before any extraction. */
export interface Article {
  id: string;
  /** Publication (or report) date, `YYYY-MM-DD`; null when unknown. */
  date: string | null;
  text: string;
  title?: string;
  url?: string;
  source?: string;
  lang?: string;
  /** Where it was read from, for error messages and evidence. */
  origin: { path: string; line?: number };
}

export interface Actor {
  name: string;
  kind: ActorKind;
  /** Country name (ACLED English short name) where the actor belongs, when known. */
  country: string | null;
}

export interface Place {
  name: string;
  admin1: string | null;
  country: string;
  iso2: string;
  latitude: number;
  longitude: number;
  precision: GeoPrecision;
}

export const CLAIM_ROLES = ['claimed', 'confirmed', 'denied', 'reported', 'accused'] as const;
export type ClaimRole = (typeof CLAIM_ROLES)[number];

/** Who said what about the event: a record, never a free-text note. */
export interface Claim {
  role: ClaimRole;
  claimant: string;
  /** What was claimed, confirmed or denied, as the sentence put it. */
  statement: string;
  span: Span;
}

export interface FramingFlag {
  term: string;
  category: string;
  span: Span;
}

export interface ExtractedEvent {
  /** Article-local index, stable across runs. */
  index: number;
  date: Field<string | null>;
  datePrecision: DatePrecision;
  /** Mentioned in passing as context ("follows a series of attacks"), not the news itself. */
  background: boolean;
  eventType: Field<EventType>;
  subEventType: Field<SubEventType>;
  actor1: Field<Actor> | null;
  actor2: Field<Actor> | null;
  place: Field<Place> | null;
  weapon: Field<Weapon> | null;
  fatalities: Field<number | null>;
  injured: Field<number | null>;
  claims: Claim[];
  certainty: Certainty;
  /** The sentences the event was assembled from. */
  sentences: Span[];
}

export interface Extraction {
  article: Article;
  events: ExtractedEvent[];
  framing: FramingFlag[];
}
