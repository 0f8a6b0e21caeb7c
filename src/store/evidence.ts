/** A source's extracted event as stored (`event_sources.extracted`), and back into quoted, field-by-field evidence. */
import type { ExtractedEvent, Field, Span } from '../core/types.ts';
import type { FieldEvidence } from './store.ts';
import { EVIDENCE_FIELDS } from './validate.ts';

/** `text.slice(span)`, or null without a span. */
export function quote(text: string, span: Span | null): string | null {
  return span ? text.slice(span.start, span.end) : null;
}

/** One evidence entry per present Field of `ev`, quoting `text` (the source article). */
export function fieldEvidence(ev: ExtractedEvent, text: string): FieldEvidence[] {
  const out: FieldEvidence[] = [];
  for (const key of EVIDENCE_FIELDS) {
    const f = ev[key] as Field<unknown> | null;
    if (!f) continue;
    out.push({ field: key, value: f.value, span: f.span, quote: quote(text, f.span), stage: f.stage, rule: f.rule, basis: f.basis });
  }
  return out;
}

/**
 * A Field as stored: `[value, spanStart, spanEnd, stage, rule, basis]` (start and end null
 * without a span). The keys of each Field repeated nine times were 45 % of a source's stored
 * bytes, and writing them a third of the time to save it.
 */
type StoredField = [value: unknown, start: number | null, end: number | null, stage: string, rule: string, basis: string];

const storedField = (f: Field<unknown> | null): StoredField | null =>
  f === null ? null : [f.value, f.span === null ? null : f.span.start, f.span === null ? null : f.span.end, f.stage, f.rule, f.basis];

function fieldOf(t: StoredField | null): Field<never> | null {
  if (t === null) return null;
  if (!Array.isArray(t) || t.length !== 6) throw new TypeError(`stored event: a field must be [value, start, end, stage, rule, basis], got ${JSON.stringify(t)}`);
  const [value, start, end, stage, rule, basis] = t;
  return { value, span: start === null ? null : { start, end: end! }, stage, rule, basis } as Field<never>;
}

/** The format {@link encodeExtracted} writes; rows without `v` are the earlier plain JSON ExtractedEvent. */
export const EXTRACTED_FORMAT = 2;

/**
 * `event_sources.extracted`: the event as extracted, as JSON, its top-level keys named as in
 * ExtractedEvent plus `"v": 2`, each Field a {@link StoredField} tuple and `sentences` flat
 * start/end pairs. Its claims are left out: they are the rows of `claims` for (event, article),
 * and reading puts them back. In SQL: `json_extract(extracted, '$.place[0].name')` is the place
 * name, `'$.place[4]'` the rule that chose it.
 */
export function encodeExtracted(ev: ExtractedEvent): string {
  const sentences: number[] = [];
  for (const s of ev.sentences) sentences.push(s.start, s.end);
  return JSON.stringify({
    v: EXTRACTED_FORMAT, index: ev.index, date: storedField(ev.date), datePrecision: ev.datePrecision, background: ev.background,
    eventType: storedField(ev.eventType), subEventType: storedField(ev.subEventType), actor1: storedField(ev.actor1),
    actor2: storedField(ev.actor2), place: storedField(ev.place), weapon: storedField(ev.weapon),
    fatalities: storedField(ev.fatalities), injured: storedField(ev.injured), certainty: ev.certainty, sentences,
  });
}

/**
 * The ExtractedEvent stored as `json` by {@link encodeExtracted} (claims empty), or by an earlier
 * version as a plain ExtractedEvent (with its claims, for rows written before they moved out).
 */
export function decodeExtracted(json: string): ExtractedEvent {
  const o = JSON.parse(json) as Record<string, unknown>;
  if (o.v === undefined) return o as unknown as ExtractedEvent;
  if (o.v !== EXTRACTED_FORMAT) throw new TypeError(`stored event: unknown format v=${JSON.stringify(o.v)} (this version reads ${EXTRACTED_FORMAT})`);
  const pairs = o.sentences as number[];
  const sentences: Span[] = [];
  for (let i = 0; i + 1 < pairs.length; i += 2) sentences.push({ start: pairs[i]!, end: pairs[i + 1]! });
  const f = (k: string): Field<never> | null => fieldOf(o[k] as StoredField | null);
  return {
    index: o.index as number, date: f('date')!, datePrecision: o.datePrecision as ExtractedEvent['datePrecision'],
    background: o.background as boolean, eventType: f('eventType')!, subEventType: f('subEventType')!, actor1: f('actor1'),
    actor2: f('actor2'), place: f('place'), weapon: f('weapon'), fatalities: f('fatalities')!, injured: f('injured')!, claims: [],
    certainty: o.certainty as ExtractedEvent['certainty'], sentences,
  };
}
