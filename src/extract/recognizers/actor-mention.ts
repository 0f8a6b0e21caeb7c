/**
 * Actor mentions: named groups from `data/local/actors.tsv` ("the IDF", "Hizballah"), and generic
 * noun phrases from `data/local/actor-nouns.tsv` qualified by a demonym ("Israeli soldiers",
 * "Palestinian residents") or, when the phrase has none, left for the resolver to qualify.
 */
import { ACTOR_KINDS, type ActorKind } from '../../core/types.ts';
import type { DemonymIndex } from '../demonyms.ts';
import { compilePattern, type Row } from '../lexicon.ts';
import type { ActorMention, ActorRoleHint } from '../mentions.ts';
import type { Sentence } from '../segment.ts';

interface NamedRule { re: RegExp; name: string; kind: ActorKind; country: string | null; rule: string }
interface NounRule { re: RegExp; template: string; kind: ActorKind; role: ActorRoleHint; rule: string }

export interface ActorRules {
  named: NamedRule[];
  nouns: NounRule[];
  demonyms: DemonymIndex;
  demonymRe: RegExp;
}

function kindOf(k: string | undefined, file: string, i: number): ActorKind {
  if (!ACTOR_KINDS.includes(k as ActorKind)) throw new Error(`${file} row ${i + 1}: unknown kind "${k}"`);
  return k as ActorKind;
}

/** Compile the actor dictionary and generic nouns. */
export function compileActorRules(actors: Row[], nouns: Row[], demonyms: DemonymIndex): ActorRules {
  const named: NamedRule[] = [];
  actors.forEach((r, i) => {
    // Acronyms and words are compiled apart: acronyms match case-sensitively (see compilePattern).
    const aliases = [r.canonical!, ...r.aliases!.split('|')].filter(Boolean);
    for (const alias of aliases) {
      named.push({ re: compilePattern(alias), name: r.canonical!, kind: kindOf(r.kind, 'actors.tsv', i), country: r.country || null, rule: `actors.tsv:${r.canonical}` });
    }
  });
  const nounRules = nouns.map((r, i) => ({
    re: new RegExp(`(?<![\\w-])(?:(?:the|a|an|two|three|several|\\d+)\\s+)?(?:(${demonyms.pattern})(?:-backed|-led)?\\s+)?(?:(?!(?:of|in|on|at|to|by|and|or|the|with|for|from|as|that|who)\\s)[a-z]+\\s+)?(?:${r.pattern})(?![\\w-])`, 'gi'),
    template: r.template!, kind: kindOf(r.kind, 'actor-nouns.tsv', i), role: r.role as ActorRoleHint, rule: `actor-nouns.tsv:${i + 1}`,
  }));
  const demonymRe = new RegExp(`(?<![\\w-])(${demonyms.pattern})(s)?(?![\\w])`, 'gi');
  return { named, nouns: nounRules, demonyms, demonymRe };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Every actor mention in the sentence; named beats generic, longer beats shorter. */
export function recognizeActors(s: Sentence, rules: ActorRules): ActorMention[] {
  const out: ActorMention[] = [];
  const add = (m: ActorMention) => {
    if (out.some((o) => overlaps(o.span, m.span))) return;
    out.push(m);
  };
  const named: ActorMention[] = [];
  for (const r of rules.named) {
    r.re.lastIndex = 0;
    for (const m of s.text.matchAll(r.re)) {
      const start = s.start + m.index!;
      named.push({ span: { start, end: start + m[0].length }, actor: { name: r.name, kind: r.kind, country: r.country }, named: true, roleHint: 'either', countryStated: true, rule: r.rule });
    }
  }
  named.sort((a, b) => (b.span.end - b.span.start) - (a.span.end - a.span.start)).forEach(add);
  for (const r of rules.nouns) {
    r.re.lastIndex = 0;
    for (const m of s.text.matchAll(r.re)) {
      const start = s.start + m.index!;
      const ref = m[1] ? rules.demonyms.byDemonym.get(m[1].toLowerCase()) ?? null : null;
      const country = ref?.name ?? null;
      add({ span: { start, end: start + m[0].length }, actor: { name: r.template.replace('{country}', country ?? '?'), kind: r.kind, country }, named: false, roleHint: r.role, countryStated: !!ref, rule: r.rule });
    }
  }
  // A demonym on its own ("a Palestinian", "two Israelis", "an Israeli target"): the weakest reading.
  rules.demonymRe.lastIndex = 0;
  for (const m of s.text.matchAll(rules.demonymRe)) {
    const ref = rules.demonyms.byDemonym.get(m[1]!.toLowerCase());
    if (!ref) continue;
    const start = s.start + m.index!;
    const rest = s.text.slice(m.index! + m[0].length);
    const asNoun = !!m[2] || /^\s*(?:[,.;)]|$|who|was|were|in|near|at|and)/i.test(rest);
    // "an Israeli target", "Israeli-occupied": the state's side. Any other noun ("Palestinian
    // houses") is left to the noun rules; a demonym alone says too little.
    const military = /^(?:-occupied|-held|-controlled|-run|\s+(?:targets?|sites?|positions?|bases?|outposts?|territory|territories|airspace|border|checkpoints?)|\s+(?:[a-z]+ed|airstrikes?|air strikes?|strikes?|shelling|fire|raids?|bombardment|offensive)(?![\w-]))/i.test(rest);
    if (!asNoun && !military) continue;
    const actor = asNoun
      ? { name: `Civilians (${ref.name})`, kind: 'civilians' as const, country: ref.name }
      : { name: `Military Forces of ${ref.name}`, kind: 'state_forces' as const, country: ref.name };
    add({ span: { start, end: start + m[0].length }, actor, named: false, roleHint: 'target', countryStated: true, rule: asNoun ? 'demonym-as-noun' : 'demonym-only' });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
