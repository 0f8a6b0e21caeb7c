/**
 * Actor mentions: named groups from `data/local/actors.tsv` ("the IDF", "Hizballah"), and generic
 * noun phrases from `data/local/actor-nouns.tsv` qualified by a demonym ("Israeli soldiers",
 * "Palestinian residents") or, when the phrase has none, left for the resolver to qualify.
 */
import { ACTOR_KINDS, type ActorKind } from '../../core/types.ts';
import { fillCountry, type DemonymIndex } from '../demonyms.ts';
import { compilePattern, execAll, indexLiterals, stickyMatches, type Row, type RuleScan } from '../lexicon.ts';
import type { ActorMention, ActorRoleHint } from '../mentions.ts';
import type { Sentence } from '../segment.ts';

/** `re` is sticky: it is tried only where the combined alternation found a name starting. */
interface NamedRule { re: RegExp; source: string; name: string; kind: ActorKind; country: string | null; rule: string }
interface NounRule {
  template: string;
  kind: ActorKind;
  role: ActorRoleHint;
  rule: string;
  /** `owner` column: 'stated' rows take a country only from the text, never from the event's place. */
  ownerStated: boolean;
}

export interface ActorRules {
  /** Every alias in one case-insensitive alternation, plain aliases indexed by their text. */
  named: RuleScan<NamedRule>;
  nouns: NounRule[];
  /** All noun rules in one regex: group 1 the demonym, group 2 + i the i-th rule's noun. */
  nounRe: RegExp;
  demonyms: DemonymIndex;
  demonymRe: RegExp;
  /** A country name as the subject of a military verb ("Russia launched", "Israel struck"): group 1 the name. */
  stateVerbRe: RegExp;
  /** A country name as the agent of a passive military verb ("drones launched by Russia"): group 1 the name. */
  stateByRe: RegExp;
  /** A country's name ("Israel denied that its troops…"): group 1 the name. */
  nameRe: RegExp;
  /** A country named as the one blamed for an act ("blamed Israel for the strike", "blamed the attack on Russia"): group 1 or 2 the name. */
  stateBlamedRe: RegExp;
}

function kindOf(k: string | undefined, file: string, i: number): ActorKind {
  if (!ACTOR_KINDS.includes(k as ActorKind)) throw new Error(`${file} row ${i + 1}: unknown kind "${k}"`);
  return k as ActorKind;
}

/**
 * The forms a named actor is matched by: its aliases, and its canonical name unless that is ACLED's
 * "ACRONYM: Full Name" form ("RSF: Rapid Support Forces"), which running text never writes (and which,
 * long and first in the longest-first alternation, slowed every scan).
 */
const namesOf = (r: Row): string[] => [...(/^[^:]+: /.test(r.canonical!) ? [] : [r.canonical!]), ...r.aliases!.split('|')].filter(Boolean);

/** Compile the actor dictionary and generic nouns. */
export function compileActorRules(actors: Row[], nouns: Row[], demonyms: DemonymIndex): ActorRules {
  const named: NamedRule[] = [];
  actors.forEach((r, i) => {
    // Acronyms and words are compiled apart: acronyms match case-sensitively (see compilePattern).
    const aliases = namesOf(r);
    for (const alias of aliases) {
      const re = compilePattern(alias);
      named.push({ re: new RegExp(re.source, re.flags.replace('g', 'y')), source: alias, name: r.canonical!, kind: kindOf(r.kind, 'actors.tsv', i), country: r.country || null, rule: `actors.tsv:${r.canonical}` });
    }
  });
  const nounRules = nouns.map((r, i): NounRule => {
    if (r.owner !== 'context' && r.owner !== 'stated') throw new Error(`actor-nouns.tsv row ${i + 1}: owner must be 'context' or 'stated', got "${r.owner}"`);
    return { template: r.template!, kind: kindOf(r.kind, 'actor-nouns.tsv', i), role: r.role as ActorRoleHint, rule: `actor-nouns.tsv:${i + 1}`, ownerStated: r.owner === 'stated' };
  });
  const nounAlternation = nouns.map((r) => `(${r.pattern})`).join('|');
  // Group 1 qualifies the noun with a country ("armed" is never the free adjective: "armed men" is a noun of its own): a demonym ("Sudanese army") or a name ("Sudan's army", "Israel sniper").
  const nounRe = new RegExp(`(?<![\\w'’-])(?:(?:the|a|an|two|three|several|\\d+)\\s+)?(?:(${demonyms.pattern}|(?:${demonyms.namePattern})(?:['’]s)?|(?:${demonyms.capitalPattern})(?: regime| government)?['’]s)(?:-backed|-led)?\\s+["“]?)?(?:(?!(?:of|in|on|at|to|by|and|or|the|with|for|from|as|that|who|armed|police|said|says|say|told|added|claimed|reported|when|where|while|after|before|but|because|if|than)\\s)[a-z]+(?:-[a-z]+)?\\s+)?(?:${nounAlternation})(?![\\w-])`, 'gi');
  const demonymRe = new RegExp(`(?<![\\w-])(${demonyms.pattern})(s)?(?![\\w])`, 'gi');
  // "Israel struck…", and its own report of an act: "Israel said it killed…".
  const stateVerbRe = new RegExp(`(?<![\\w-])(${demonyms.namePattern})\\s+(?:${SAYS_IT}(?:${STATE_VERBS}|killed)|${SAYS_INTERCEPTED}|(?:(?:has|had|have) )?(?:${STATE_VERBS}))(?![\\w-])`, 'gi');
  const aliases = actors.flatMap(namesOf).sort((a, b) => b.length - a.length);
  const namedAny = new RegExp(`(?<![\\w-])(?:${aliases.join('|')})(?![\\w-])`, 'gi');
  const stateByRe = new RegExp(`(?<![\\w-])(?:${STATE_BY})\\s+by\\s+(?:the\\s+)?(${demonyms.namePattern})(?![\\w-])`, 'gi');
  const stateBlamedRe = new RegExp(`(?<![\\w-])(?:(?:${BLAMED})\\s+(?:the\\s+)?(${demonyms.namePattern})(?:\\s+(?:for|of|responsible)\\s|(?=\\s*(?:,|\\.|;|$)))|(?:blamed|blames|blaming)\\s+(?:the\\s+|this\\s+|that\\s+)?(?:[\\w-]+\\s+){0,2}?on\\s+(?:the\\s+)?(${demonyms.namePattern})(?![\\w-]))`, 'gi');
  const nameRe = new RegExp(`(?<![\\w-])(${demonyms.namePattern})(?![\\w-])`, 'gi');
  return { named: indexLiterals(namedAny, named), nouns: nounRules, nounRe, demonyms, demonymRe, stateVerbRe, stateByRe, stateBlamedRe, nameRe };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Keep `m` unless it overlaps a mention kept before (which wins). */
function addUnlessOverlapping(out: ActorMention[], m: ActorMention): void {
  if (!out.some((o) => overlaps(o.span, m.span))) out.push(m);
}

/** What makes a bare nationality the state's side: "Israeli-occupied", "Israeli positions", "Israeli strikes". */
const STATE_SIDE = /^(?:-occupied|-held|-controlled|-run|\s+(?:targets?|sites?|positions?|bases?|outposts?|territory|territories|airspace|border|checkpoints?|command(?: and control)? (?:centers?|centres?|posts?|positions?)|troop carriers?|(?:armou?red|military) (?:vehicles?|personnel carriers?)|(?:military|army) (?:posts?|positions?|bases?|camps?|convoys?))(?![\w-])|\s+(?:[a-z]+ed|airstrikes?|air strikes?|strikes?|shelling|fire|raids?|bombardment|offensive|attacks?|assaults?|advances?|incursions?|(?:ballistic |cruise )?missiles?|rockets?|(?:glide |guided |aerial )?bombs?|shells?|artillery|drones?|jets?|warplanes?|aircraft|helicopters?|warships?|destroyers?|(?:MQ|F)-\d+\w*)(?![\w-]))/i;

/** A nationality, then n = 1…3 capitalised or numbered words ending where a noun starts: "US MQ-9 ", "Russian Su-34 ". */
/** Cheap pre-test: a numbered word ("MQ-9", "Su-34", "TB2") ends the text, maybe before one capitalised word. */
const DESIGNATION_END = /\d[\w-]*\s+(?:[A-Z][\w-]*\s+)?$/;
const MODEL_BEFORE = [1, 2, 3].map((n) => new RegExp(`(?<![\\w-])([A-Za-z][A-Za-z.]*)\\s+((?:[A-Z0-9][\\w-]*\\s+){${n}})$`));

/** Verbs that make a country named as their subject its armed forces ("Russia launched 142 drones"). */
const STATE_VERBS = 'launched|fired|struck|attacked|bombed|shelled|pounded|targeted|retaliated|invaded|intercepted|shot down|carried out (?:(?:a |an )?(?:wave|series|round|number|string) of |(?:new |fresh |further |more |several |dozens of )?)(?:air ?strikes|strikes|raids)';
/** A country reporting its own act: "Israel said (on Wednesday) (that) it (had) killed…" ("killed" alone is too common to scan for). */
const SAYS_IT = '(?:said|says|claimed|announced|confirmed)\\s+(?:on \\w+\\s+)?(?:that\\s+)?it\\s+(?:(?:has|had|have) )?';
/** A country reporting an interception: "Israel said 99 percent of them were intercepted" (the one who stopped them). */
const SAYS_INTERCEPTED = '(?:said|says|announced|confirmed)\\s+(?:on \\w+\\s+)?(?:that\\s+)?(?:[\\w%-]+\\s+){1,6}(?:were|was|had been|have been|has been)\\s+(?:intercepted|shot down|downed)';

/** Passive verbs whose agent after "by" is a state's forces when it is a country ("drones launched by Russia", "a post attacked by Russia"). */
const STATE_BY = 'launched|fired|sent|flown|deployed|operated|carried out|conducted|attacked|shelled|struck|bombed|hit|targeted|killed|shot down|intercepted';
const STATE_BY_ANY = new RegExp(`\\b(?:${STATE_BY})\\s+by\\b`, 'i');

/** Verbs that name who is held to have done an act, before "X for / of" ("blamed Israel for the strike", "accused Russia of"). */
const BLAMED = 'blamed|blames|blaming|accused|accuses|accusing|held';
const BLAMED_ANY = /\b(?:blam|accus|held)/i;

/** Most sentences hold none of the verbs: this test spares them the scan of every country name. */
const STATE_VERB_ANY = new RegExp(`\\b(?:${STATE_VERBS}|${SAYS_IT}killed|intercepted|shot down|downed)\\b`, 'i');

/** The word before the noun, in capitals, after an optional article or count ("Three US soldiers" → US). */
const ABBREVIATION_LEAD = /^(?:(?:[Tt]he|[Aa]n?|[Tt]wo|[Tt]hree|[Ss]everal|\d+)\s+)?([A-Z]{2,4})\s+\S/;

/** "his forces", "their troops": the noun belongs to someone named before it. */
const POSSESSIVE_BEFORE = /(?<![\w-])(?:his|her|its|their)\s+$/i;
const POSSESSIVE_LEAD = /^(?:his|her|its|their)\s/i;

/** Kinds that bear arms. */
const ARMED_KINDS: ActorKind[] = ['state_forces', 'police', 'external_force', 'rebel_group', 'political_militia', 'identity_militia', 'unidentified_armed_group'];

/** A generic noun of kind `noun` can name a group of kind `group`: armed men a non-state group, troops a state's forces. */
function sameKind(group: ActorKind, noun: ActorKind): boolean {
  if (noun === 'unidentified_armed_group') return ['rebel_group', 'political_militia', 'identity_militia', 'unidentified_armed_group'].includes(group);
  if (noun === 'state_forces') return group === 'state_forces' || group === 'external_force';
  return false;
}

/** "… and Ukrainian forces", "… and British warplanes": what follows a nationality that shares the noun after the next one. */
const COORDINATED = /^\s+and\s+[A-Z][a-z]+\s+(?:forces|troops|soldiers|armies|militaries|warplanes|jets|aircraft|warships|navies)\b/;

/** Every actor mention in the sentence; named beats generic, longer beats shorter. */
export function recognizeActors(s: Sentence, rules: ActorRules): ActorMention[] {
  const out: ActorMention[] = [];
  // Named groups: one pass of the combined alternation finds where a name starts; only there are the
  // individual aliases tried (sticky), so 300+ aliases cost one scan, not 300.
  const named: ActorMention[] = [];
  for (const { rule: r, match: m } of stickyMatches(s.text, rules.named)) {
    const start = s.start + m.index;
    named.push({ span: { start, end: start + m[0].length }, actor: { name: r.name, kind: r.kind, country: r.country }, named: true, roleHint: 'either', countryStated: true, rule: r.rule });
  }
  named.sort((a, b) => (b.span.end - b.span.start) - (a.span.end - a.span.start)).forEach((m) => addUnlessOverlapping(out, m));
  for (const m of execAll(rules.nounRe, s.text)) {
    const i = m.slice(2).findIndex((g) => g !== undefined);
    const r = rules.nouns[i]!;
    let start = s.start + m.index;
    const end = start + m[0].length;
    const q = m[1]?.toLowerCase();
    // ("Moscow's forces", "the Kyiv regime's troops": a capital stands for its state.)
    let ref = q ? rules.demonyms.byDemonym.get(q) ?? rules.demonyms.byName.get(q.replace(/['’]s$/, '')) ?? rules.demonyms.byCapital.get(q.replace(/(?: regime| government)?['’]s$/, '')) ?? null : null;
    let rule = r.rule;
    const noun = m[2 + i]!;
    if (ref && q && !rules.demonyms.byDemonym.has(q) && !/['’]s$/.test(q) && !/^\s*$/.test(m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length, m[0].length - noun.length))) {
      // "Israel struck military sites": a country's bare name, then a word, is a subject and its verb, not
      // "Israel" qualifying an adjective and a noun; the noun stands alone (the name is read as the agent below).
      ref = null;
      start = end - noun.length;
    }
    if (!ref) {
      // "a US MQ-9 Reaper drone", "Russian Su-34 jets": a model designation between the nationality and the noun.
      const before = s.text.slice(Math.max(0, m.index - 40), m.index);
      if (DESIGNATION_END.test(before)) for (const re of MODEL_BEFORE) {
        const d = re.exec(before);
        const lead = d && /\d/.test(d[2]!) ? rules.demonyms.byAbbreviation.get(d[1]!) ?? rules.demonyms.byDemonym.get(d[1]!.toLowerCase()) : undefined;
        if (!lead) continue;
        ref = lead;
        start -= before.length - d!.index;
        rule = `${r.rule} model-designation`;
        break;
      }
    }
    if (!ref) {
      // "Three US soldiers", "UK forces": the free word before the noun is a country's abbreviation (exact case).
      const lead = ABBREVIATION_LEAD.exec(m[0]);
      const abbr = lead ? rules.demonyms.byAbbreviation.get(lead[1]!) : undefined;
      if (abbr) {
        ref = abbr;
        rule = `${r.rule} abbreviation`;
      }
    }
    const possessive = !ref && (POSSESSIVE_LEAD.test(m[0]) || POSSESSIVE_BEFORE.test(s.text.slice(Math.max(0, m.index - 8), m.index)));
    // "Hezbollah said its fighters destroyed…", "the Houthis said their forces fired…": the armed group
    // named last before owns the fighters, whatever its forces are called.
    const group = possessive && ARMED_KINDS.includes(r.kind) ? out.filter((o) => o.named && o.span.end <= start && ARMED_KINDS.includes(o.actor.kind)).pop() : undefined;
    if (group) {
      addUnlessOverlapping(out, { span: { start, end }, actor: group.actor, named: true, roleHint: r.role, countryStated: true, rule: `${r.rule} possessive-group` });
      continue;
    }
    if (possessive && ARMED_KINDS.includes(r.kind)) {
      // "Russian President Vladimir Putin said his forces…": the owner's nationality, the nearest one before.
      // (Not for people and homes: "killed in an Israeli strike on their home" is the victims' home.)
      // ("Israel denied that its troops…": a country's name counts too, capitalised.)
      let last: RegExpExecArray | undefined;
      for (const d of execAll(rules.demonymRe, s.text.slice(0, m.index))) last = d;
      let named: RegExpExecArray | undefined;
      for (const d of execAll(rules.nameRe, s.text.slice(0, m.index))) if (/^\p{Lu}/u.test(d[1]!)) named = d;
      const owner = named && (!last || named.index > last.index)
        ? rules.demonyms.byName.get(named[1]!.toLowerCase())
        : last && rules.demonyms.byDemonym.get(last[1]!.toLowerCase());
      if (owner) {
        ref = owner;
        rule = `${r.rule} possessive-owner`;
      }
    }
    // "M23 rebels", "IDF soldiers": a generic noun right after a named group of its kind is that group's head noun.
    const owner = !ref && out.find((o) => o.named && o.span.end + 1 === start && s.text[o.span.end - s.start] === ' ' && sameKind(o.actor.kind, r.kind));
    if (owner) {
      owner.span = { start: owner.span.start, end };
      continue;
    }
    const country = ref?.name ?? null;
    addUnlessOverlapping(out, {
      span: { start, end }, actor: { name: country ? fillCountry(r.template, country) : r.template.replace('{country}', '?'), kind: r.kind, country },
      named: false, roleHint: r.role, countryStated: !!ref, rule, ...(r.ownerStated && !ref ? { ownerFromContext: false } : {}),
    });
  }
  // A demonym on its own ("a Palestinian", "two Israelis", "an Israeli target"): the weakest reading.
  for (const m of execAll(rules.demonymRe, s.text)) {
    const ref = rules.demonyms.byDemonym.get(m[1]!.toLowerCase());
    if (!ref) continue;
    const start = s.start + m.index;
    const rest = s.text.slice(m.index + m[0].length);
    // "Russian and Ukrainian forces": the first nationality shares the noun of the second.
    const coordinated = COORDINATED.test(rest);
    const asNoun = !coordinated && (!!m[2] || /^\s*(?:[,.;)]|$|who|was|were|in|near|at|and)/i.test(rest));
    // "an Israeli target", "Israeli-occupied": the state's side. Any other noun ("Palestinian
    // houses") is left to the noun rules; a demonym alone says too little.
    const military = coordinated || STATE_SIDE.test(rest);
    if (!asNoun && !military) continue;
    const actor = asNoun
      ? { name: `Civilians (${ref.name})`, kind: 'civilians' as const, country: ref.name }
      : { name: fillCountry('Military Forces of {country}', ref.name), kind: 'state_forces' as const, country: ref.name };
    addUnlessOverlapping(out, { span: { start, end: start + m[0].length }, actor, named: false, roleHint: coordinated ? 'either' : 'target', countryStated: true, rule: coordinated ? 'demonym-coordinated' : asNoun ? 'demonym-as-noun' : 'demonym-only' });
  }
  // A country named as the subject of a military verb ("Russia launched 142 drones", "Israel struck"): its forces.
  if (STATE_VERB_ANY.test(s.text)) for (const m of execAll(rules.stateVerbRe, s.text)) {
    if (!/^\p{Lu}/u.test(m[1]!)) continue;
    const ref = rules.demonyms.byName.get(m[1]!.toLowerCase());
    if (!ref) continue;
    const start = s.start + m.index;
    const actor = { name: fillCountry('Military Forces of {country}', ref.name), kind: 'state_forces' as const, country: ref.name };
    addUnlessOverlapping(out, { span: { start, end: start + m[1]!.length }, actor, named: false, roleHint: 'agent', countryStated: true, rule: 'country-name-agent' });
  }
  // "…drones launched by Russia": the country after "by" is its forces, who did it.
  if (STATE_BY_ANY.test(s.text)) for (const m of execAll(rules.stateByRe, s.text)) {
    if (!/^\p{Lu}/u.test(m[1]!)) continue;
    const ref = rules.demonyms.byName.get(m[1]!.toLowerCase());
    if (!ref) continue;
    const start = s.start + m.index + m[0].length - m[1]!.length;
    const actor = { name: fillCountry('Military Forces of {country}', ref.name), kind: 'state_forces' as const, country: ref.name };
    addUnlessOverlapping(out, { span: { start, end: start + m[1]!.length }, actor, named: false, roleHint: 'agent', countryStated: true, rule: 'country-name-agent-by' });
  }
  // "Syrian state media blamed Israel for the strike": the country blamed is its forces, said to have done it.
  if (BLAMED_ANY.test(s.text)) for (const m of execAll(rules.stateBlamedRe, s.text)) {
    const name = m[1] ?? m[2]!;
    if (!/^\p{Lu}/u.test(name)) continue;
    const ref = rules.demonyms.byName.get(name.toLowerCase());
    if (!ref) continue;
    const start = s.start + m.index + m[0].lastIndexOf(name);
    const actor = { name: fillCountry('Military Forces of {country}', ref.name), kind: 'state_forces' as const, country: ref.name };
    addUnlessOverlapping(out, { span: { start, end: start + name.length }, actor, named: false, roleHint: 'agent', countryStated: true, rule: 'country-name-blamed' });
  }
  // A country abbreviation ("US strikes", "UK-backed"), exact case: the state's side, never alone.
  for (const m of execAll(rules.demonyms.abbreviationRe, s.text)) {
    const ref = rules.demonyms.byAbbreviation.get(m[1]!)!;
    const rest = s.text.slice(m.index + m[0].length);
    // "US and British warplanes": the abbreviation shares the noun of the nationality after it.
    const coordinated = COORDINATED.test(rest);
    if (!coordinated && !STATE_SIDE.test(rest) && !/^-(?:led|backed)\b/.test(rest)) continue;
    const start = s.start + m.index;
    const actor = { name: fillCountry('Military Forces of {country}', ref.name), kind: 'state_forces' as const, country: ref.name };
    addUnlessOverlapping(out, { span: { start, end: start + m[0].length }, actor, named: false, roleHint: coordinated ? 'either' : 'target', countryStated: true, rule: coordinated ? 'abbreviation-coordinated' : 'abbreviation-only' });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
