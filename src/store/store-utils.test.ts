import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sudan, ukraine } from '../../test/contract/fixtures.ts';
import { decodeExtracted, encodeExtracted } from './evidence.ts';
import { bboxAround, haversineKm } from './geo.ts';
import { contentHash, eventId } from './hash.ts';

describe('contentHash / eventId', () => {
  it('hashes date + newline + text', () => {
    const want = createHash('sha256').update('2024-01-02\nhello').digest('hex');
    expect(contentHash({ date: '2024-01-02', text: 'hello' })).toBe(want);
    expect(contentHash({ date: null, text: 'hello' })).not.toBe(want);
    expect(contentHash({ date: '2024-01-03', text: 'hello' })).not.toBe(want);
  });
  it('gives stable, distinct event ids', () => {
    expect(eventId('a', 0)).toBe(eventId('a', 0));
    expect(eventId('a', 0)).not.toBe(eventId('a', 1));
    expect(eventId('a1', 1)).not.toBe(eventId('a', 11));
    expect(eventId('a', 0)).toMatch(/^ev_[0-9a-f]{16}$/);
  });
  it('keeps ids stored by earlier versions: ev_ + sha256(article id, NUL, index)', () => {
    const want = 'ev_' + createHash('sha256').update('bench-00042\u00003').digest('hex').slice(0, 16);
    expect(eventId('bench-00042', 3)).toBe(want);
  });
});

describe('geo', () => {
  it('computes great-circle distances', () => {
    expect(haversineKm(50.4501, 30.5234, 49.9935, 36.2304)).toBeCloseTo(409, 0);
    expect(haversineKm(0, 179.5, 0, -179.5)).toBeCloseTo(111.2, 0);
  });
  it('builds a bbox that contains the circle, wrapping the antimeridian', () => {
    const [w, s, e, n] = bboxAround(0, 179.9, 50);
    expect(w).toBeGreaterThan(e);
    expect(s).toBeLessThan(-0.44);
    expect(n).toBeGreaterThan(0.44);
    expect(bboxAround(89.9, 0, 50)).toEqual([-180, expect.any(Number), 180, 90]);
  });
});

describe('encodeExtracted / decodeExtracted', () => {
  const events = [...sudan().events, ...ukraine().events];
  it('reads back every field as extracted, without the claims (they are stored as rows)', () => {
    expect(events.some((ev) => ev.claims.length > 0)).toBe(true);
    for (const ev of events) expect(decodeExtracted(encodeExtracted(ev))).toEqual({ ...ev, claims: [] });
  });
  it('keeps null fields, fields without a span and every sentence', () => {
    const ev = {
      ...sudan().events[0]!, actor2: null, weapon: null,
      injured: { value: null, span: null, stage: 'resolve', rule: 'casualty/none-stated', basis: 'inferred' as const },
      sentences: [{ start: 0, end: 12 }, { start: 14, end: 40 }, { start: 41, end: 41 }],
    };
    const json = encodeExtracted(ev);
    expect(JSON.parse(json).injured).toEqual([null, null, null, 'resolve', 'casualty/none-stated', 'inferred']);
    expect(decodeExtracted(json)).toEqual({ ...ev, claims: [] });
  });
  it('reads the plain JSON rows of earlier versions as they are, claims included', () => {
    const ev = sudan().events[0]!;
    expect(decodeExtracted(JSON.stringify(ev))).toEqual(ev);
  });
  it('refuses a format it does not know, or a malformed field, saying what it got', () => {
    const o = JSON.parse(encodeExtracted(sudan().events[0]!));
    expect(() => decodeExtracted(JSON.stringify({ ...o, v: 3 }))).toThrow(/unknown format v=3/);
    expect(() => decodeExtracted(JSON.stringify({ ...o, place: ['Khartoum', 1, 2] }))).toThrow(/\[value, start, end, stage, rule, basis\], got \["Khartoum",1,2\]/);
  });
});
