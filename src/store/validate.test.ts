import { describe, expect, it } from 'vitest';
import { META, sudan } from '../../test/contract/fixtures.ts';
import type { Extraction } from '../core/types.ts';
import { EVIDENCE_FIELDS, validateExtraction } from './validate.ts';

/** A fresh valid extraction with one change applied. */
function broken(change: (x: Extraction) => void): Extraction {
  const x = sudan();
  change(x);
  return x;
}

describe('validateExtraction', () => {
  it('accepts a well-formed extraction', () => {
    expect(() => validateExtraction(sudan(), META)).not.toThrow();
  });

  it.each<[string, (x: Extraction) => void, string]>([
    ['field span past the text', (x) => { x.events[0]!.place!.span = { start: 5, end: 9_999 }; }, 'event 0.place: span [5, 9999) outside text of length'],
    ['reversed field span', (x) => { x.events[1]!.date.span = { start: 9, end: 3 }; }, 'event 1.date: span [9, 3) outside text of length'],
    ['claim without a span', (x) => { (x.events[0]!.claims[0] as { span: unknown }).span = null; }, 'event 0.claims[0]: span is required'],
    ['framing span not an integer', (x) => { x.framing.push({ term: 'x', category: 'dehumanising', span: { start: 1.5, end: 2 } } as never); }, `framing[${sudan().framing.length}]: span [1.5, 2) outside text`],
    ['required field missing', (x) => { (x.events[0] as { injured: unknown }).injured = null; }, 'event 0: injured is required'],
    ['duplicate event index', (x) => { x.events[1]!.index = 0; }, 'event 0: duplicate event index'],
    ['bad date', (x) => { x.events[0]!.date.value = '10 March'; }, 'event 0: date must be YYYY-MM-DD or null'],
  ])('rejects a %s, naming where', (_, change, message) => {
    expect(() => validateExtraction(broken(change), META)).toThrow(`store: invalid extraction: ${message}`);
  });

  it.each(EVIDENCE_FIELDS)('checks the span of every evidence field: %s', (key) => {
    const x = broken((x) => {
      (x.events[0] as unknown as Record<string, unknown>)[key] = { value: null, span: { start: 2, end: 99_999 }, stage: 't', rule: 't', basis: 'stated' };
    });
    expect(() => validateExtraction(x, META)).toThrow(`event 0.${key}: span [2, 99999) outside text`);
  });
});
