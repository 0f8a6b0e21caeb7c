/**
 * Framing: loaded terms ("genocidal", "terrorist", "martyr", "heroic") flagged per article whichever
 * side uses them (`data/local/framing.tsv`). Words inside a proper name of an actor ("Al Aqsa Martyrs
 * Brigade") are part of the name, not the outlet's framing: the extractor removes those flags.
 */
import type { FramingFlag } from '../../core/types.ts';
import { compilePattern, execAll, type Row } from '../lexicon.ts';

export interface FramingRule { re: RegExp; category: string }

export function compileFraming(rows: Row[]): FramingRule[] {
  return rows.map((r) => ({ re: compilePattern(r.pattern!), category: r.category! }));
}

/** Every loaded term in `text`; the extractor drops those inside an actor's proper name. */
export function recognizeFraming(text: string, rules: FramingRule[]): FramingFlag[] {
  const out: FramingFlag[] = [];
  for (const r of rules) {
    for (const m of execAll(r.re, text)) {
      const span = { start: m.index, end: m.index + m[0].length };
      out.push({ term: m[0], category: r.category, span });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
