/**
 * Background markers: "follows a series of attacks", "comes amid", "last month" — the sentence
 * reports an earlier event as context, which must not be dated to the article's day.
 */
import type { Span } from '../../core/types.ts';
import { compilePattern, unionPattern, type Row } from '../lexicon.ts';
import type { Sentence } from '../segment.ts';

/** The markers, and `any`: their union, which fails at once on most sentences. */
export interface BackgroundRules { rules: RegExp[]; any: RegExp }

export function compileBackground(rows: Row[]): BackgroundRules {
  return { rules: rows.map((r) => compilePattern(r.pattern!)), any: unionPattern(rows.map((r) => r.pattern!)) };
}

/** The first marker (in file order) found in the sentence. */
export function recognizeBackground(s: Sentence, { rules, any }: BackgroundRules): Span | null {
  any.lastIndex = 0;
  if (!any.test(s.text)) return null;
  for (const re of rules) {
    re.lastIndex = 0;
    const m = re.exec(s.text);
    if (m) return { start: s.start + m.index, end: s.start + m.index + m[0].length };
  }
  return null;
}
