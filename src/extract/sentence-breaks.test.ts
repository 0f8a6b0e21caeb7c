import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentenceEnds } from './sentence-breaks.ts';

/** The oracle: ICU's sentence breaker, which sentenceEnds must agree with everywhere. */
const icu = new Intl.Segmenter('en', { granularity: 'sentence' });
const icuEnds = (t: string): number[] => [...icu.segment(t)].map((s) => s.index + s.segment.length);

/** Every text file under `dir`. */
function textsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return textsUnder(p);
    return /\.(?:txt|jsonl|html|xml|json)$/.test(n) ? [readFileSync(p, 'utf8')] : [];
  });
}

describe('sentenceEnds (UAX #29 sentence boundaries)', () => {
  it.each([
    ['Troops shelled the town. Nine died! Why? Nobody knows.', [25, 36, 41, 54]],
    // "U.S. Army": a break (the segmenter glues it back); "3.5", "e.g. small" and "?" before "he": none.
    ['The U.S. Army said 3.5 km away. It was e.g. small. "Really?" he asked.', [9, 32, 51, 61, 70]],
    ['Heading\nFirst line. Second\r\nthird.', [8, 20, 28, 34]],
    ['He left (at dawn.) Then came back.', [19, 34]],
    ['Wait... what?! No, etc., and so on.', [15, 35]],
    ['', []],
  ])('%j', (text, ends) => {
    expect(sentenceEnds(text)).toEqual(ends);
    expect(icuEnds(text)).toEqual(ends);
  });

  it('agrees with Intl.Segmenter on every fixture and golden article', () => {
    const texts = ['test/golden', 'test/fixtures'].flatMap(textsUnder).flatMap((t) => t.split(/\n\s*\n/));
    expect(texts.length).toBeGreaterThan(20);
    for (const t of texts) expect(sentenceEnds(t), t.slice(0, 80)).toEqual(icuEnds(t));
  });

  it('agrees with Intl.Segmenter on 30,000 random strings of terminators, quotes, spaces, breaks, digits and letters of several scripts', () => {
    const parts = ['a', 'B', 'é', 'É', 'ǅ', '1', '٣', '.', '.', '?', '!', '。', '‼', ' ', ' ', '\t', '\n', '\r', '\r\n', '\u2028', '"', "'", '“', '”', '’', '(', ')', '«', '»',
      ',', ';', ':', '-', '—', '\u00a0', '\u200d', '\u0301', 'ا', '中', '𝐁', '😀', '#', 'U.S.', 'etc.', '3.5'];
    let seed = 7;
    const rnd = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    for (let k = 0; k < 30_000; k++) {
      let t = '';
      for (let i = 1 + rnd(12); i > 0; i--) t += parts[rnd(parts.length)];
      expect(sentenceEnds(t), JSON.stringify(t)).toEqual(icuEnds(t));
    }
  });
});
