/**
 * An event's flat fields, recomputed from all of its sources. Pure: no database.
 *
 * - **fatalities** (UCDP-style): over the figures reported (one vote per original report and
 *   figure — a near-duplicate copy repeating its original's figure adds no vote, one that
 *   changes it does): low = min, high = max, best = the most-reported figure; on a tie, the
 *   median of all figures (the lower middle one for an even count, so best is a reported
 *   figure and low ≤ best ≤ high). Injured: best by the same rule.
 * - **date**: the most precise precision wins; then the most-reported date; then the first source.
 * - **place**: the most precise geo precision wins; then the first source.
 * - **sub-event type**: a specific sub-type wins over a generic fallback ('Attack', …).
 * - **actors**: the first source that names one by name, else the first that gives an unnamed one
 *   ("Unidentified Armed Group (…)", an unowned "Military Forces"). **weapon**: the first source that names one.
 * - **certainty**: 'stated' if any source states it, else 'reported', else 'claimed', else 'denied'.
 */
import type { Actor, Certainty, DatePrecision, ExtractedEvent, Place } from '../core/types.ts';
import { GENERIC_SUB_TYPES, isUnnamedActor } from './compat.ts';

/** What combining reads of one extracted event: its values, without evidence (small enough to keep in memory). */
export interface SourceFacts {
  date: string | null;
  datePrecision: DatePrecision;
  background: boolean;
  eventType: string;
  subEventType: string;
  actor1: Actor | null;
  actor2: Actor | null;
  place: Place | null;
  weapon: string | null;
  fatalities: number | null;
  injured: number | null;
  certainty: Certainty;
}

/** The {@link SourceFacts} of an extracted event. */
export function factsOf(ev: ExtractedEvent): SourceFacts {
  return {
    date: ev.date.value, datePrecision: ev.datePrecision, background: ev.background, eventType: ev.eventType.value,
    subEventType: ev.subEventType.value, actor1: ev.actor1?.value ?? null, actor2: ev.actor2?.value ?? null,
    place: ev.place?.value ?? null, weapon: ev.weapon?.value ?? null, fatalities: ev.fatalities.value,
    injured: ev.injured.value, certainty: ev.certainty,
  };
}

/** One source of an event, in attach order. */
export interface SourceReport {
  articleId: string;
  /** The original article when this one is a near-duplicate copy, else its own id. */
  rootId: string;
  facts: SourceFacts;
}

/** Low / best / high of reported figures; all null when none was reported. */
export interface Range {
  low: number | null;
  best: number | null;
  high: number | null;
}

const DATE_RANK: Record<string, number> = { day: 0, week: 1, month: 2, year: 3, unknown: 4 };
const CERTAINTY_ORDER = ['stated', 'reported', 'claimed', 'denied'];

/** UCDP-style range over `(report, figure)` pairs; see the module comment for the rule. */
export function figureRange(reports: Array<{ rootId: string; value: number | null }>): Range {
  const votes = new Map<string, number>();
  for (const r of reports) if (r.value !== null) votes.set(`${r.rootId}\u0000${r.value}`, r.value);
  const values = [...votes.values()].sort((a, b) => a - b);
  if (values.length === 0) return { low: null, best: null, high: null };
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const top = Math.max(...counts.values());
  const modes = [...counts].filter(([, c]) => c === top).map(([v]) => v);
  const best = modes.length === 1 ? modes[0] : values[Math.floor((values.length - 1) / 2)];
  return { low: values[0], best, high: values[values.length - 1] };
}

function mostReported<T>(items: T[], key: (t: T) => string): T {
  const counts = new Map<string, number>();
  for (const t of items) counts.set(key(t), (counts.get(key(t)) ?? 0) + 1);
  let best = items[0];
  for (const t of items) if ((counts.get(key(t)) ?? 0) > (counts.get(key(best)) ?? 0)) best = t;
  return best;
}

/** The flat `events` row (without `id`) for an event with these sources (at least one). */
export function combineSources(sources: SourceReport[]): Record<string, unknown> {
  if (sources.length === 0) throw new Error('combineSources: no sources');
  const evs = sources.map((s) => s.facts);
  const first = evs[0];
  const bestDateRank = Math.min(...evs.map((e) => DATE_RANK[e.datePrecision] ?? 4));
  const dated = mostReported(evs.filter((e) => (DATE_RANK[e.datePrecision] ?? 4) === bestDateRank), (e) => String(e.date));
  const placed = evs.filter((e) => e.place !== null);
  const place = placed.length ? placed.reduce((a, b) => (b.place!.precision < a.place!.precision ? b : a)).place! : null;
  const specific = evs.find((e) => !GENERIC_SUB_TYPES.has(e.subEventType)) ?? first;
  // A named actor over an unnamed one ("ISWAP" claimed what another report called "suspected jihadists").
  const actor1 = evs.find((e) => e.actor1 && !isUnnamedActor(e.actor1.name))?.actor1 ?? evs.find((e) => e.actor1)?.actor1 ?? null;
  const actor2 = evs.find((e) => e.actor2 && !isUnnamedActor(e.actor2.name))?.actor2 ?? evs.find((e) => e.actor2)?.actor2 ?? null;
  const fat = figureRange(sources.map((s) => ({ rootId: s.rootId, value: s.facts.fatalities })));
  const inj = figureRange(sources.map((s) => ({ rootId: s.rootId, value: s.facts.injured })));
  const certainty = CERTAINTY_ORDER.find((c) => evs.some((e) => e.certainty === c)) ?? first.certainty;
  return {
    date: dated.date, date_precision: dated.datePrecision, background: first.background ? 1 : 0,
    event_type: first.eventType, sub_event_type: specific.subEventType,
    actor1: actor1?.name ?? null, actor1_kind: actor1?.kind ?? null, actor2: actor2?.name ?? null, actor2_kind: actor2?.kind ?? null,
    country: place?.country ?? null, iso2: place?.iso2 ?? null, admin1: place?.admin1 ?? null, location: place?.name ?? null,
    latitude: place?.latitude ?? null, longitude: place?.longitude ?? null, geo_precision: place?.precision ?? null,
    weapon: evs.find((e) => e.weapon)?.weapon ?? null,
    fatalities: fat.best, fatalities_low: fat.low, fatalities_high: fat.high, injured: inj.best, certainty,
  };
}
