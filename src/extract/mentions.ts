/**
 * What recognizers find: typed, span-anchored mentions. Refiners assemble them into events.
 */
import type { Actor, ClaimRole, DatePrecision, Span, SubEventType, Weapon } from '../core/types.ts';

export type TriggerMode =
  | 'remote' | 'direct' | 'clash' | 'abduction' | 'arrests' | 'protest' | 'riot'
  | 'destruction' | 'disrupted' | 'change' | 'agreement' | 'territory' | 'other';

export interface TriggerMention {
  span: Span;
  subEventType: SubEventType;
  weapon: Weapon | null;
  mode: TriggerMode;
  weight: number;
  rule: string;
  /** Negated or hypothetical ("denied attacking", "threatened to strike"): not an event by itself. */
  unreal: boolean;
}

export type ActorRoleHint = 'agent' | 'target' | 'either';

export interface ActorMention {
  span: Span;
  actor: Actor;
  /** Named group from the dictionary, or a generic noun phrase ("Israeli soldiers", "civilians"). */
  named: boolean;
  roleHint: ActorRoleHint;
  /** True when the country was filled from a demonym in the phrase, not from context. */
  countryStated: boolean;
  /**
   * False when an unstated country must stay unknown rather than be taken from the event's place
   * or the article ("a drone struck Kherson": whose drone, the text does not say).
   */
  ownerFromContext?: false;
  rule: string;
}

export interface CasualtyMention {
  span: Span;
  kind: 'killed' | 'injured';
  /** null: casualties mentioned without a number ("killing and injuring a number of people"). */
  count: number | null;
  /** The number is an explicit override ("N fatalities were coded to this event"). */
  authoritative: boolean;
  /** Who suffered them, when the phrase says ("15 militants", "two soldiers"). */
  victim: string | null;
  rule: string;
}

export interface DateMention {
  span: Span;
  date: string;
  precision: DatePrecision;
  /** Resolved from a relative phrase ("early Monday") rather than written out. */
  relative: boolean;
  rule: string;
}

export interface CertaintyCue {
  span: Span;
  role: ClaimRole;
  rule: string;
}

export interface SentenceMentions {
  triggers: TriggerMention[];
  actors: ActorMention[];
  casualties: CasualtyMention[];
  dates: DateMention[];
  cues: CertaintyCue[];
  /** Span of the background marker, when the sentence reports an earlier event as context. */
  background: Span | null;
}
