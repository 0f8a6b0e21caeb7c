/**
 * Framing: loaded terms ("genocidal", "terrorist", "martyr", "heroic") flagged per article whichever
 * side uses them (`data/local/framing.tsv`). Words inside a proper name of an actor ("Al Aqsa Martyrs
 * Brigade") are part of the name, not the outlet's framing: the extractor removes those flags.
 */
import type { FramingFlag } from '../../core/types.ts';
import { compilePattern, execAll, unionPattern, type Row } from '../lexicon.ts';

export interface FramingRule { re: RegExp; category: string }

/** The rules, and `any`: their union, to find where the first loaded term can start. */
export interface FramingRules { rules: FramingRule[]; any: RegExp }

export function compileFraming(rows: Row[]): FramingRules {
  return { rules: rows.map((r) => ({ re: compilePattern(r.pattern!), category: r.category! })), any: unionPattern(rows.map((r) => r.pattern!)) };
}

/** Every loaded term in `text`; the extractor drops those inside an actor's proper name. */
export function recognizeFraming(text: string, { rules, any }: FramingRules): FramingFlag[] {
  const out: FramingFlag[] = [];
  // Most articles hold no loaded term: one scan of the union finds where the first one can start, and
  // the rules scan from there (every match of a rule is a match of the union, so none is missed).
  any.lastIndex = 0;
  const first = any.exec(text);
  if (!first) return out;
  for (const r of rules) {
    for (const m of execAll(r.re, text, first.index)) {
      const span = { start: m.index, end: m.index + m[0].length };
      out.push({ term: m[0], category: r.category, span });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
