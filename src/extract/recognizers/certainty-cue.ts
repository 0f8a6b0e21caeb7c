/**
 * Certainty cues: hedges ("reports suggest"), claims ("announced", "claimed responsibility") and
 * denials ("denied"), from `data/local/hedges.tsv`.
 */
import { CLAIM_ROLES, type ClaimRole } from '../../core/types.ts';
import { compilePattern, type Row } from '../lexicon.ts';
import type { CertaintyCue } from '../mentions.ts';
import type { Sentence } from '../segment.ts';

export interface CueRule { re: RegExp; role: ClaimRole; rule: string }

export function compileCues(rows: Row[]): CueRule[] {
  return rows.map((r, i) => {
    if (!CLAIM_ROLES.includes(r.role as ClaimRole)) throw new Error(`hedges.tsv row ${i + 1}: unknown role "${r.role}"`);
    return { re: compilePattern(r.pattern!), role: r.role as ClaimRole, rule: `hedges.tsv:${i + 1}` };
  });
}

export function recognizeCues(s: Sentence, rules: CueRule[]): CertaintyCue[] {
  const out: CertaintyCue[] = [];
  for (const r of rules) {
    r.re.lastIndex = 0;
    for (const m of s.text.matchAll(r.re)) {
      const start = s.start + m.index!;
      out.push({ span: { start, end: start + m[0].length }, role: r.role, rule: r.rule });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
