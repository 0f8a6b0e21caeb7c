/**
 * Certainty cues: hedges ("reports suggest"), claims ("announced", "claimed responsibility") and
 * denials ("denied"), from `data/local/hedges.tsv`.
 */
import { CLAIM_ROLES, type ClaimRole } from '../../core/types.ts';
import { compilePattern, execAll, unionPattern, type Row } from '../lexicon.ts';
import type { CertaintyCue } from '../mentions.ts';
import type { Sentence } from '../segment.ts';

export interface CueRule { re: RegExp; role: ClaimRole; rule: string }

/** The rules, and `any`: their union, to find where the first cue can start. */
export interface CueRules { rules: CueRule[]; any: RegExp }

export function compileCues(rows: Row[]): CueRules {
  const rules = rows.map((r, i) => {
    if (!CLAIM_ROLES.includes(r.role as ClaimRole)) throw new Error(`hedges.tsv row ${i + 1}: unknown role "${r.role}"`);
    return { re: compilePattern(r.pattern!), role: r.role as ClaimRole, rule: `hedges.tsv:${i + 1}` };
  });
  return { rules, any: unionPattern(rows.map((r) => r.pattern!)) };
}

// Attribution, not hedging: "according to the governor", "…, officials said." Recorded as who
// reported it; it does not lower the report's certainty.
const ACCORDING_TO = /\baccording to\b/gi;
const SAID_AT_END = /(?<!\b(?:was|were|been|is|are|being)\s+)\b(?:said|says|reported|told (?:reporters|journalists|(?:the )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}))(?:\s+(?:(?:late |early )?on \w+|today|yesterday|earlier|in a statement(?: on \w+)?))?\s*[.!]?["”]?\s*$/i;
/**
 * "The governor said (that) three people…", "Hamas-run media said four…": the reporting verb after a
 * subject of up to ten words opening the sentence (no comma or quote before it), with a clause after;
 * not a relative clause ("A witness who said he saw…"), a question word ("What the army said…") or
 * "said nothing". Group 1 is the verb.
 */
const SAID_LEADING = /^(?!(?:what|how|whether|whatever)\b)[^,;:.!?"“”()]{2,80}?(?<!\b(?:who|which|that))\s(said|says|told reporters|reported|announced|stated|added)\s+(?!(?:nothing|little|no)\b)(?=(?:on\s+\w+\s+)?(?:that\s+)?\S+\s+\S+\s+\S+)/i;
/** "put the death toll at 60", "placed the number of dead at 18": group 1 the verb. */
const PUT_TOLL = /\b(put|puts|putting|placed|places)\s+(?:the\s+)?(?:overall\s+|total\s+)?(?:death\s+|casualty\s+)?(?:toll|number of (?:dead|deaths|victims)|figure)\s+at\b/i;
/** What {@link SAID_BETWEEN} needs: most sentences have no "said," at all. */
const SAID_COMMA = /\b(?:said|says|reported|told reporters)(?:\s+(?:(?:late |early )?on \w+|today|yesterday))?\s*,/i;
/** "…in Jenin on Tuesday, the army said (on Monday), while…": a source between commas, reporting what came before. */
const SAID_BETWEEN = /,\s+(?:[^,.;"“”]{1,60}?\s)?(said|says|reported|told reporters)(?:\s+(?:(?:late |early )?on \w+|today|yesterday))?\s*,/gi;

/** "No group has claimed the kidnapping": a claim nobody made is no claim. */
const NOBODY_BEFORE = /\b(?:no (?:group|one|organi[sz]ation|faction|militant group|armed group)|nobody|none)\s+(?:has\s+|have\s+|had\s+)?(?:yet\s+|immediately\s+|so far\s+)?$/i;

/** "accused of …", "blamed on …" right after a noun: a participle describing someone or something ("a man accused of blasphemy", "strikes blamed on the RSF"), with no accuser. */
const DESCRIBES = /^(?:accused of|blamed (?:on|for))\b/i;
const AUXILIARY_BEFORE = /\b(?:was|were|been|is|are|being|had|has|have)\s+(?:\w+ly\s+)?$/i;

/** Cues in the sentence; where two overlap ("could not be independently verified" / "verified"), the longer wins. */
export function recognizeCues(s: Sentence, { rules, any }: CueRules): CertaintyCue[] {
  const out: CertaintyCue[] = [];
  for (const m of execAll(ACCORDING_TO, s.text)) out.push({ span: { start: s.start + m.index, end: s.start + m.index + m[0].length }, role: 'reported', rule: 'attribution/according-to' });
  const end = SAID_AT_END.exec(s.text);
  if (end) out.push({ span: { start: s.start + end.index, end: s.start + end.index + end[0].trimEnd().length }, role: 'reported', rule: 'attribution/said' });
  // "The governor said three people were killed…": a source opening the sentence, reporting what follows.
  const lead = SAID_LEADING.exec(s.text);
  const at = lead ? lead.index + lead[0].lastIndexOf(lead[1]!) : -1;
  if (lead && !AUXILIARY_BEFORE.test(s.text.slice(0, at))) {
    out.push({ span: { start: s.start + at, end: s.start + at + lead[1]!.length }, role: 'reported', rule: 'attribution/said-that' });
  }
  // "Local activists put the death toll at 60": a source's own figure, beside the one told with the act.
  const toll = PUT_TOLL.exec(s.text);
  if (toll) out.push({ span: { start: s.start + toll.index, end: s.start + toll.index + toll[1]!.length }, role: 'reported', rule: 'attribution/put-toll' });
  if (SAID_COMMA.test(s.text)) for (const m of execAll(SAID_BETWEEN, s.text)) {
    const at = m.index + m[0].lastIndexOf(m[1]!);
    if (!/\b(?:was|were|been|is|are|being)\s+$/i.test(s.text.slice(Math.max(0, at - 12), at))) out.push({ span: { start: s.start + at, end: s.start + at + m[1]!.length }, role: 'reported', rule: 'attribution/said' });
  }
  // Most sentences hold no hedge: the union finds where the first one can start, the rules scan from there.
  any.lastIndex = 0;
  const first = any.exec(s.text);
  if (first) {
    for (const r of rules) {
      for (const m of execAll(r.re, s.text, first.index)) {
        if ((r.role === 'claimed' || r.role === 'accused') && NOBODY_BEFORE.test(s.text.slice(0, m.index))) continue;
        // "a man accused of blasphemy": a description of someone, not a claim about the event.
        if (r.role === 'accused' && DESCRIBES.test(s.text.slice(m.index)) && !AUXILIARY_BEFORE.test(s.text.slice(0, m.index))) continue;
        const start = s.start + m.index;
        out.push({ span: { start, end: start + m[0].length }, role: r.role, rule: r.rule });
      }
    }
  }
  out.sort((a, b) => (b.span.end - b.span.start) - (a.span.end - a.span.start));
  const kept = out.filter((c, i) => !out.slice(0, i).some((k) => c.span.start < k.span.end && k.span.start < c.span.end));
  return kept.sort((a, b) => a.span.start - b.span.start);
}
