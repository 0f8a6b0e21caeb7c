/** Turning a stored per-source ExtractedEvent back into quoted, field-by-field evidence. */
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
