/**
 * When two event reports describe the same event. Pure: no database. Every verdict carries
 * a human-readable reason, stored in `merge_decisions` and shown by `sitrep show`.
 *
 * Rules (all must hold):
 * - **background**: equal (a background mention never merges with a reported event).
 * - **type**: same event type; sub-event types equal, or one is the generic fallback of its
 *   type ({@link GENERIC_SUB_TYPES}: 'Attack', 'Armed clash', 'Other').
 * - **place**: both located. Distance limit by the coarser precision of the two:
 *   1 → 10 km, 2 → 25 km; 3 (admin region / country) → same admin1 when both have one, else
 *   same country. An unlocated report never merges.
 * - **date**: by the coarser precision: day ±1 day, week ±7 days, month same calendar month.
 *   'year'/'unknown' merge only on an exact match: same precision and date, same sub-event
 *   type, same place name within 1 km, and both actors present on both sides and equal.
 * - **actors**: actor1 equal after {@link normaliseActor}, or missing on one side, or unnamed on one
 *   side ("Unidentified Armed Group (…)", an unowned "Military Forces") and named on the other;
 *   actor2 likewise.
 */
import { haversineKm } from '../store/geo.ts';
import { type DateWindow, dateVerdict } from './dates.ts';

/** Sub-event types that are a recogniser's fallback, compatible with any sibling sub-type. */
export const GENERIC_SUB_TYPES: ReadonlySet<string> = new Set(['Attack', 'Armed clash', 'Other']);

/** Distance limits (km) by geo precision; precision 3 compares admin1/country instead. */
export const KM_LIMIT: Readonly<Record<1 | 2, number>> = { 1: 10, 2: 25 };

/** The fields of an event that matter for merging (a stored event or a new report). */
export interface MergeView {
  eventType: string;
  subEventType: string;
  background: boolean;
  date: string | null;
  datePrecision: string;
  place: { name: string; admin1: string | null; iso2: string; lat: number; lon: number; precision: number } | null;
  actor1: string | null;
  actor2: string | null;
}

/** The outcome of {@link compatible}: `score` orders several compatible candidates (lower = closer). */
export interface Verdict {
  ok: boolean;
  reason: string;
  score: number;
}

/** Lower case, parenthesised qualifiers ("(2019-)", "(Sudan)") and punctuation removed. */
export function normaliseActor(name: string | null): string | null {
  if (name === null) return null;
  const n = name.toLowerCase().replace(/\([^)]*\)/g, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return n === '' ? null : n;
}

/** A normalised name that says who did it no more than a missing one: "Unidentified Armed Group (Nigeria)", an unowned "Military Forces". */
const unnamed = (n: string): boolean => n.startsWith('unidentified ') || n === 'military forces';
/** Answers of {@link isUnnamedActor} by name: an event's sources repeat a few names many times. */
const UNNAMED = new Map<string, boolean>();

/** {@link unnamed} for an actor's name as stored. */
export function isUnnamedActor(name: string): boolean {
  let u = UNNAMED.get(name);
  if (u === undefined) {
    u = unnamed(normaliseActor(name) ?? '');
    if (UNNAMED.size >= 10_000) UNNAMED.clear();
    UNNAMED.set(name, u);
  }
  return u;
}

function actorVerdict(label: string, a: string | null, b: string | null): { ok: boolean; text: string } {
  const na = normaliseActor(a);
  const nb = normaliseActor(b);
  if (na === null && nb === null) return { ok: true, text: `${label} unknown on both` };
  if (na === null || nb === null) return { ok: true, text: `${label} '${a ?? b}' on one side only` };
  if (na === nb) return { ok: true, text: `${label} match '${a}'` };
  // "Suspected jihadists" in one report, "ISWAP" in another, which claimed it.
  if (unnamed(na) !== unnamed(nb)) return { ok: true, text: `${label} '${unnamed(na) ? b : a}' named on one side only ('${unnamed(na) ? a : b}' on the other)` };
  return { ok: false, text: `${label} differs ('${a}' vs '${b}')` };
}

function placeVerdict(a: MergeView, b: MergeView): { ok: boolean; text: string; km: number } {
  const pa = a.place;
  const pb = b.place;
  if (!pa || !pb) return { ok: false, text: 'no place on one side', km: Infinity };
  const km = haversineKm(pa.lat, pa.lon, pb.lat, pb.lon);
  const precision = Math.max(pa.precision, pb.precision);
  if (precision <= 2) {
    const limit = KM_LIMIT[precision as 1 | 2];
    const text = `${km.toFixed(1)} km apart (limit ${limit} km, precision ${precision})`;
    return { ok: km <= limit, text, km };
  }
  if (pa.iso2 !== pb.iso2) return { ok: false, text: `different countries (${pa.iso2}/${pb.iso2})`, km };
  if (pa.admin1 && pb.admin1) {
    const ok = pa.admin1.toLowerCase() === pb.admin1.toLowerCase();
    return { ok, text: ok ? `same admin1 ${pa.admin1} (precision 3)` : `different admin1 (${pa.admin1}/${pb.admin1})`, km };
  }
  return { ok: true, text: `same country ${pa.iso2} (precision 3)`, km };
}

function exactMatch(a: MergeView, b: MergeView, km: number): boolean {
  return a.datePrecision === b.datePrecision && a.date === b.date && a.subEventType === b.subEventType
    && a.place !== null && b.place !== null && a.place.name === b.place.name && km <= 1
    && [a.actor1, a.actor2, b.actor1, b.actor2].every((x) => x !== null)
    && normaliseActor(a.actor1) === normaliseActor(b.actor1) && normaliseActor(a.actor2) === normaliseActor(b.actor2);
}

/** Whether report `a` and event `b` are the same event, and why (or why not). */
export function compatible(a: MergeView, b: MergeView): Verdict {
  const no = (reason: string): Verdict => ({ ok: false, reason, score: Infinity });
  if (a.background !== b.background) return no('background mention vs reported event');
  if (a.eventType !== b.eventType) return no(`different types (${a.eventType}/${b.eventType})`);
  let typeText = `same type ${a.subEventType}`;
  if (a.subEventType !== b.subEventType) {
    const generic = [a.subEventType, b.subEventType].find((s) => GENERIC_SUB_TYPES.has(s));
    if (!generic) return no(`different sub-event types (${a.subEventType}/${b.subEventType})`);
    typeText = `compatible types ${a.subEventType}/${b.subEventType} ('${generic}' is generic)`;
  }
  const place = placeVerdict(a, b);
  if (!place.ok) return no(place.text);
  const date: DateWindow = dateVerdict(a.date, a.datePrecision, b.date, b.datePrecision);
  if (date.exactOnly) {
    if (!exactMatch(a, b, place.km)) return no(`${date.text}: needs an exact match of type, date, place and both actors`);
  } else if (!date.ok) {
    return no(date.text);
  }
  const a1 = actorVerdict('actor1', a.actor1, b.actor1);
  if (!a1.ok) return no(a1.text);
  const a2 = actorVerdict('actor2', a.actor2, b.actor2);
  if (!a2.ok) return no(a2.text);
  const reason = [typeText, place.text, date.text, a1.text, a2.text].join('; ');
  return { ok: true, reason, score: date.days * 10 + place.km };
}
