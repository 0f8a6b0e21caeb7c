import { describe, expect, it } from 'vitest';
import { bandHashes, BANDS, estimateJaccard, fnv1a, jaccard, normaliseForSketch, shingles, signatureFromBuffer, signatureToBuffer, sketch, sketchWords, SKETCH_SIZE } from './sketch.ts';

const BASE = [
  'Shells landed on a market in the river town early on Friday, killing three traders and wounding nine, the mayor said.',
  'The market had reopened only last month after a previous attack, and stalls selling fruit and fuel were destroyed.',
  'Rescue teams worked for several hours to clear the debris, and the wounded were taken to the regional hospital.',
  'The mayor said the town had no shelters large enough for the hundreds of people who shop there every morning.',
  'Aid groups said they would send tarpaulins and food parcels to families whose homes were damaged nearby.',
].join(' ');
const REWRITE = BASE.replace('Rescue teams worked for several hours to clear the debris', 'It took emergency crews most of the morning to clear the rubble');
const OTHER = 'Protesters gathered outside the parliament building on Sunday to demand higher wages for teachers and nurses, and police watched from a distance as speakers addressed the crowd through loudspeakers until the evening.';

describe('MinHash sketch', () => {
  it('normalises case, punctuation and width', () => {
    expect(normaliseForSketch('  Killing 3 — “civilians”, ＦＯＲＣＥＳ said.')).toBe('killing 3 civilians forces said');
    expect([...shingles('a b c d')]).toEqual(['a b c', 'b c d']);
    expect([...shingles('a b')]).toEqual(['a b']);
  });

  it('splits words exactly as the Unicode letter/digit definition does (astral letters, other scripts, emoji)', () => {
    const byRegex = (t: string) => t.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean);
    for (const t of [
      'İstanbul’s ǅupa — ½ ٣ Ⅻ 𝐁𝐨𝐥𝐝 𝟑 𠀀𠀁x 😀emoji😀 الفاشر, Тернопіль; 東京 and ß', '', '   ', 'a', '𝟑𝟒', 'end𠀀', '😀', '\ud800 lone surrogate \udc00',
    ]) expect(sketchWords(t)).toEqual(byRegex(t));
  });

  it('estimates high Jaccard for a light rewrite and identical for reformatted text', () => {
    const exact = jaccard(shingles(BASE), shingles(REWRITE));
    const est = estimateJaccard(sketch(BASE).signature, sketch(REWRITE).signature);
    expect(exact).toBeGreaterThan(0.75);
    expect(Math.abs(est - exact)).toBeLessThan(0.12);
    expect(estimateJaccard(sketch(BASE).signature, sketch(BASE.toUpperCase().replace(/ /g, '\n')).signature)).toBe(1);
  });

  it('estimates low Jaccard for unrelated text', () => {
    expect(estimateJaccard(sketch(BASE).signature, sketch(OTHER).signature)).toBeLessThan(0.1);
  });

  it('shares LSH bands between near-duplicates but not unrelated texts', () => {
    const [a, b, c] = [BASE, REWRITE, OTHER].map((t) => bandHashes(sketch(t).signature));
    expect(a).toHaveLength(BANDS);
    expect(a.filter((h, i) => h === b[i]).length).toBeGreaterThan(3);
    expect(a.filter((h, i) => h === c[i]).length).toBe(0);
  });

  it('keeps the band hashes stored by earlier versions (stored LSH rows stay findable)', () => {
    const sig = Uint32Array.from({ length: SKETCH_SIZE }, (_, i) => Math.imul(i + 1, 0x9e3779b1) >>> 0);
    expect([...bandHashes(sig)].slice(0, 8)).toEqual([1111597508, 162306020, 309161955, -402562214, -677280882, -1513550123, 1264491412, -2016501398]);
    expect(bandHashes(sig)[BANDS - 1]).toBe(-1668303144);
  });

  it('round-trips signatures through bytes and is deterministic', () => {
    const s = sketch(BASE);
    expect(signatureFromBuffer(signatureToBuffer(s.signature))).toEqual(s.signature);
    expect([...signatureToBuffer(new Uint32Array([1, 0x01020304]))]).toEqual([1, 0, 0, 0, 4, 3, 2, 1]); // stored little-endian
    expect(sketch(BASE).signature).toEqual(s.signature);
    expect(sketch('').shingles).toBe(0);
  });
  it('equals the definition: per seed, the minimum mixed FNV-1a hash over the shingle strings', () => {
    // The stored signatures depend on this exact scheme; the fast path must never drift from it.
    const fmix = (x: number): number => {
      let h = x;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      return (h ^ (h >>> 16)) >>> 0;
    };
    const seeds = Array.from({ length: SKETCH_SIZE }, (_, i) => fmix(0x9e3779b9 + Math.imul(i + 1, 0x7f4a7c15)));
    for (const text of [BASE, REWRITE, OTHER, 'two words', 'Ünïcödé — “quoted” ﬁve words, ½', '']) {
      const set = [...shingles(text)].map(fnv1a);
      const expected = seeds.map((s) => set.reduce((m, x) => Math.min(m, fmix(x ^ s)), 0xffffffff));
      const got = sketch(text);
      expect([...got.signature]).toEqual(expected);
      expect(got.shingles).toBe(set.length);
    }
  });
});
