/**
 * Background markers: "follows a series of attacks", "comes amid", "last month" — the sentence
 * reports an earlier event as context, which must not be dated to the article's day.
 */
import type { Span } from '../../core/types.ts';
import { compilePattern, type Row } from '../lexicon.ts';
import type { Sentence } from '../segment.ts';

export function compileBackground(rows: Row[]): RegExp[] {
  return rows.map((r) => compilePattern(r.pattern!));
}

export function recognizeBackground(s: Sentence, rules: RegExp[]): Span | null {
  for (const re of rules) {
    re.lastIndex = 0;
    const m = re.exec(s.text);
    if (m) return { start: s.start + m.index, end: s.start + m.index + m[0].length };
  }
  return null;
}
