/** Input checks shared by store backends: reject an Extraction before any write. */
import type { ExtractedEvent, Extraction, Field, Span } from '../core/types.ts';
import type { SaveMeta } from './store.ts';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a `YYYY-MM-DD` string. */
export function isIsoDate(s: unknown): s is string {
  return typeof s === 'string' && DATE_RE.test(s);
}

function fail(msg: string): never {
  throw new TypeError(`store: invalid extraction: ${msg}`);
}

/** What is wrong with a span (null when nothing); messages are built only on failure (this runs for every field). */
function spanProblem(span: Span | null | undefined, textLength: number, nullable: boolean): string | null {
  if (span == null) return nullable ? null : 'span is required';
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > textLength) {
    return `span [${String(start)}, ${String(end)}) outside text of length ${textLength}`;
  }
  return null;
}

const FIELD_KEYS = ['date', 'eventType', 'subEventType', 'actor1', 'actor2', 'place', 'weapon', 'fatalities', 'injured'] as const;

/** The Field-valued keys of an ExtractedEvent, in evidence order. */
export const EVIDENCE_FIELDS: readonly (typeof FIELD_KEYS)[number][] = FIELD_KEYS;

/** An event's name in messages (built only when one is thrown). */
const at = (ev: ExtractedEvent): string => `event ${String(ev.index)}`;

/** A Field of `ev` (named `key` in messages): present unless `optional`, its span inside the text. */
function checkField(ev: ExtractedEvent, key: string, f: Field<unknown> | null | undefined, optional: boolean, textLength: number): void {
  if (f == null) {
    if (!optional) fail(`${at(ev)}: ${key} is required`);
    return;
  }
  const p = spanProblem(f.span, textLength, true);
  if (p !== null) fail(`${at(ev)}.${key}: ${p}`);
}

function checkEvent(ev: ExtractedEvent, textLength: number, seen: Set<number>): void {
  if (typeof ev !== 'object' || ev === null) fail('event is not an object');
  if (!Number.isInteger(ev.index) || ev.index < 0) fail(`${at(ev)}: index must be a non-negative integer`);
  if (seen.has(ev.index)) fail(`${at(ev)}: duplicate event index`);
  seen.add(ev.index);
  // One call per field, not a loop over FIELD_KEYS: `ev[key]` with a varying key is a slow generic lookup.
  checkField(ev, 'date', ev.date, false, textLength);
  checkField(ev, 'eventType', ev.eventType, false, textLength);
  checkField(ev, 'subEventType', ev.subEventType, false, textLength);
  checkField(ev, 'actor1', ev.actor1, true, textLength);
  checkField(ev, 'actor2', ev.actor2, true, textLength);
  checkField(ev, 'place', ev.place, true, textLength);
  checkField(ev, 'weapon', ev.weapon, true, textLength);
  checkField(ev, 'fatalities', ev.fatalities, false, textLength);
  checkField(ev, 'injured', ev.injured, false, textLength);
  if (typeof ev.eventType.value !== 'string' || typeof ev.subEventType.value !== 'string') fail(`${at(ev)}: event type missing`);
  if (ev.date.value !== null && !isIsoDate(ev.date.value)) fail(`${at(ev)}: date must be YYYY-MM-DD or null`);
  if (typeof ev.certainty !== 'string' || typeof ev.datePrecision !== 'string') fail(`${at(ev)}: certainty/datePrecision missing`);
  const place = ev.place?.value;
  if (place && (!Number.isFinite(place.latitude) || !Number.isFinite(place.longitude))) fail(`${at(ev)}: place without coordinates`);
  if (!Array.isArray(ev.claims)) fail(`${at(ev)}: claims must be an array`);
  for (let i = 0; i < ev.claims.length; i++) {
    const p = spanProblem(ev.claims[i]?.span, textLength, false);
    if (p !== null) fail(`${at(ev)}.claims[${i}]: ${p}`);
  }
}

/** Throws a TypeError describing the first problem with `x` or `meta`. */
export function validateExtraction(x: Extraction, meta: SaveMeta): void {
  if (typeof x !== 'object' || x === null) fail('not an object');
  const a = x.article;
  if (typeof a !== 'object' || a === null) fail('article missing');
  if (typeof a.id !== 'string' || a.id === '') fail('article.id must be a non-empty string');
  if (typeof a.text !== 'string') fail(`article ${a.id}: text must be a string`);
  if (a.date !== null && !isIsoDate(a.date)) fail(`article ${a.id}: date must be YYYY-MM-DD or null`);
  if (!Array.isArray(x.events)) fail(`article ${a.id}: events must be an array`);
  if (!Array.isArray(x.framing)) fail(`article ${a.id}: framing must be an array`);
  for (let i = 0; i < x.framing.length; i++) {
    const p = spanProblem(x.framing[i]?.span, a.text.length, false);
    if (p !== null) fail(`framing[${i}]: ${p}`);
  }
  const seen = new Set<number>();
  for (const ev of x.events) checkEvent(ev, a.text.length, seen);
  for (const k of ['extractorVersion', 'gazetteerVersion', 'ingestedAt'] as const) {
    if (typeof meta?.[k] !== 'string') fail(`meta.${k} must be a string`);
  }
  if (meta.contentHash !== undefined && typeof meta.contentHash !== 'string') fail('meta.contentHash must be a string');
}
