/**
 * Claims (who claimed, confirmed, denied or reported what) and the report's certainty.
 */
import type { Certainty, Claim } from '../../core/types.ts';
import type { CertaintyCue } from '../mentions.ts';
import { realTriggers, type AnalysedSentence, type Candidate } from './candidates.ts';
import { datelineLength } from './dateline.ts';
import { qualify } from './field.ts';

/** "The group said …": the claimant is the event's agent. */
const ANAPHOR = /^\s*(?:the (?:group|militia|movement|organi[sz]ation|faction|rebels|militants)|it|they)\b/i;

/**
 * Who makes a claim: the nearest actor before the cue in its clause; else the clause's subject as
 * written ("the regional governor"; "Moscow's defence ministry" is Russia's forces); else, for a hedge, nobody named.
 */
function claimantOf(s: AnalysedSentence, cue: CertaintyCue, country: string | null, agent: string | null, earlier: string | null, previous: string | null): string {
  const cueStart = cue.span.start;
  const rel = cueStart - s.sentence.start;
  if (cue.rule === 'attribution/according-to') {
    // A named group is its canonical name; anyone else as written ("the Sudan Doctors Network", not "Civilians (Sudan)").
    const named = s.mentions.actors.find((a) => a.named && a.span.start > cueStart && a.span.start - cueStart < 20);
    if (named) return qualify(named, country)!.value.name;
    const m = /^according to\s+(?:the\s+)?([^,;.]{2,60})/i.exec(s.sentence.text.slice(rel));
    if (m) return m[1]!.trim();
  }
  // "…, local sources said": the sources, as written.
  const sources = /(?:^|[,;]\s*)((?:[\p{L}-]+\s+){0,2}sources)\s+said$/iu.exec(s.sentence.text.slice(0, cue.span.end - s.sentence.start));
  if (sources) return sources[1]!.replace(/^(?:the|and)\s+/i, '');
  // "X were accused of …": X is the accused; the accuser is not named.
  if (/\b(?:was|were|been|is|are)\s+$/i.test(s.sentence.text.slice(0, rel))) return 'unnamed source';
  // ("It"/"They" after a source was named is that source again: "…, the ministry said. It blamed IS for the massacre.")
  if (agent && ANAPHOR.test(s.sentence.text) && !(previous && /^\s*(?:it|they)\b/i.test(s.sentence.text))) return agent;
  const upToCue = s.sentence.text.slice(0, rel);
  // The clause starts after the last comma, semicolon or colon before the cue.
  const clauseStart = s.sentence.start + Math.max(upToCue.lastIndexOf(','), upToCue.lastIndexOf(';'), upToCue.lastIndexOf(':')) + 1;
  // Generic phrases without a nationality ("its troops") are not claimants: they would take the
  // event's country, which is the wrong side as often as not.
  const before = s.mentions.actors.filter((m) => m.span.end <= cueStart && m.span.start >= clauseStart - 1 && m.roleHint !== 'target' && (m.named || m.countryStated));
  if (before.length) return qualify(before[before.length - 1]!, country)!.value.name;
  // A hedge ("could not be verified", "reports suggest") names no source unless an actor is given.
  const hedge = cue.role === 'reported' && !cue.rule.startsWith('attribution/');
  const subject = s.sentence.text.slice(clauseStart - s.sentence.start, rel).replace(/^\s*(?:the|a|an|and|but|while)\s+/i, '').trim();
  // A relative clause's or a person's pronoun ("…, which it denies", "He said dozens more were wounded"):
  // who it stands for is not read.
  if (/^(?:which|who|whom|whose)\b|^(?:he|she)$/i.test(subject)) return 'unnamed source';
  // "…, it said." after "…, the military's media wing said.": the source named before, again.
  if (/^(?:it|they)$/i.test(subject) && previous) return previous;
  // "Police confirmed the attack but put the toll at 18": the second verb shares the first one's subject.
  if (earlier && /\b(?:and|but|then)$/i.test(subject)) return earlier;
  if (!hedge && subject && subject.split(/\s+/).length <= 6 && /^[\p{L}'’ -]+$/u.test(subject) && !/^(?:reports?|it|this|that)$/i.test(subject)) return subject;
  // "X said … and denied …": the second verb shares the first one's subject.
  if (earlier) return earlier;
  return hedge || cue.role === 'reported' ? 'unattributed reports' : 'unnamed source';
}

export function claimsOf(c: Candidate, country: string | null, agent: string | null): Claim[] {
  const out: Claim[] = [];
  const sentences = [...c.triggerSentences, ...c.detailSentences];
  // Claimants are read in the text's order, so an "it said" can be the source named before it.
  const who = new Map<CertaintyCue, string>();
  let previous: string | null = null;
  for (const s of [...sentences].sort((a, b) => a.sentence.index - b.sentence.index)) {
    let earlier: string | null = null;
    for (const cue of s.mentions.cues) {
      const claimant = claimantOf(s, cue, country, agent, earlier, previous);
      who.set(cue, claimant);
      if (claimant !== 'unattributed reports' && claimant !== 'unnamed source') earlier = previous = claimant;
    }
  }
  for (const s of sentences) {
    for (const cue of s.mentions.cues) {
      const claimant = who.get(cue)!;
      // "…, the governor said." and "…, according to medics." report what comes before the cue;
      // "According to medics, …" and other cues introduce what follows (after the source's name).
      const rel = cue.span.end - s.sentence.start;
      const head = s.sentence.text.slice(0, cue.span.start - s.sentence.start);
      const according = cue.rule === 'attribution/according-to';
      const after = s.sentence.text.slice(rel);
      // A cue closing the sentence ("…, local sources said.") reports what came before it.
      const closing = cue.rule === 'attribution/said' || (/^[\s.!?"”’]*$/.test(after) && /,[^,]*$/.test(head));
      const before = closing || (according && /,\s*$/.test(head));
      // A cue ending a sentence of its own ("The figure could not be independently verified."): what is said is the sentence.
      const whole = !before && /^[\s.!?"”’]*$/.test(after);
      const told = whole ? s.sentence.text : before ? head.replace(closing ? /,[^,]*$/ : /,\s*$/, '') : according ? after.replace(/^[^,]{0,80},/, '') : after;
      // A dateline opening the sentence ("KHARTOUM (Reuters) — ") is not part of what was said.
      const statement = told.slice(datelineLength(told)).replace(/^[\s,:]+/, '').slice(0, 240);
      const span = whole ? { start: s.sentence.start, end: s.sentence.end } : before ? { start: s.sentence.start, end: according ? s.sentence.end : cue.span.end } : { start: cue.span.start, end: s.sentence.end };
      // "Russian forces captured the village, Russia's defence ministry said": the side that did it, telling it, claims it.
      // (What the agent says after "said" must tell an act: "The Israeli military said it was looking into the report" claims nothing.)
      const toldAct = cue.rule !== 'attribution/said-that' || realTriggers(s).some((t) => span.start <= t.span.start && t.span.end <= span.end);
      const role = (cue.rule === 'attribution/said' || cue.rule === 'attribution/said-that') && agent !== null && claimant === agent && toldAct ? 'claimed' : cue.role;
      out.push({ role, claimant, statement, span });
    }
  }
  return out;
}

// Denying responsibility ("denied any involvement") disputes who did it, not whether it happened.
const deniesEvent = (s: AnalysedSentence) => s.mentions.cues.some((q) => q.role === 'denied' &&
  !/^\s*(?:any\s+)?(?:responsibility|involvement|role|part|links?|ties)\b/i.test(s.sentence.text.slice(q.span.end - s.sentence.start)));

/** Every trigger of the sentence is a definite reference to an event told before ("for the strike", "this attack"). */
const refersBack = (s: AnalysedSentence) => realTriggers(s).every((t) =>
  /\b(?:the|this|that|these|those)\s+(?:[a-z]+\s+)?$/i.test(s.sentence.text.slice(Math.max(0, t.span.start - s.sentence.start - 24), t.span.start - s.sentence.start)));

// A hedge governs the event when it comes before the trigger ("reports suggest a drone struck");
// after it, it hedges a detail ("destroyed buildings, likely empty").
const hedged = (s: AnalysedSentence) => {
  const first = realTriggers(s)[0]?.span.start ?? s.sentence.end;
  return s.mentions.cues.some((q) => q.role === 'reported' && !q.rule.startsWith('attribution/') && q.span.start < first);
};

/**
 * A sentence saying the report could not be verified (a hedge about verifying or confirming);
 * "The figure could not be verified" doubts the toll only, and leaves the event as it was.
 */
function unverified(s: AnalysedSentence): boolean {
  if (/\b(?:figures?|toll|tolls|numbers?|tally|count|casualt(?:y|ies)|death)\b/i.test(s.sentence.text)) return false;
  return s.mentions.cues.some((q) => q.role === 'reported' && !q.rule.startsWith('attribution/')
    && /verif|confirm/i.test(s.sentence.text.slice(q.span.start - s.sentence.start, q.span.end - s.sentence.start)));
}

export function certaintyOf(c: Candidate, claims: Claim[], agent: string | null): Certainty {
  // Denied: the only sentences that report the event are denials. A denial beside a plain report is
  // kept as a claim and leaves the event stated.
  if (c.triggerSentences.every(deniesEvent) && !claims.some((x) => x.role === 'confirmed')) return 'denied';
  // Claimed by its agent, or a claim that tells the event itself: "…, the group claimed", "X said it
  // struck…" (the claim's words hold a trigger), not "…, as the president declared a state of war".
  // An accusation that tells the event itself ("forces were accused of using chlorine gas in an attack
  // on Douma") leaves it claimed too; one that only names who is blamed for an event told before it
  // ("The army blamed the RSF for the attack") says nothing of whether it happened.
  const tells = (x: Claim, first: boolean) => c.triggerSentences.some((s, i) => (!first || i === 0 || !refersBack(s))
    && realTriggers(s).some((t) => x.span.start <= t.span.start && t.span.end <= x.span.end));
  if (claims.some((x) => (x.role === 'claimed' && (x.claimant === agent || tells(x, false))) || (x.role === 'accused' && tells(x, true)))) return 'claimed';
  // A denial ("The army denied carrying out any strikes") is no plain report: the others decide.
  // Nor is a later sentence that only refers back to the event ("Syrian state media blamed Israel for
  // the strike"): it says who is blamed, not that it happened.
  const reports = c.triggerSentences.filter((s, i) => !s.mentions.cues.some((q) => q.role === 'denied') && (i === 0 || !refersBack(s)));
  if (reports.length > 0 && reports.every(hedged)) return 'reported';
  // "Reuters could not independently verify the accounts": the outlet says it has not verified the report.
  if (c.detailSentences.some(unverified)) return 'reported';
  return 'stated';
}
