/**
 * Candidate events: sentences grouped into the events they report.
 *
 * A sentence with a real trigger opens a candidate or joins an earlier one it is compatible with
 * (same kind of event, no conflicting date, agent or place). A sentence without a trigger that
 * directly follows an event sentence in the same paragraph adds its details (casualties, place,
 * who confirmed what); so do the sentences that open the next paragraph to say who did it
 * ("Al-Shabaab claimed responsibility.", "The army blamed the RSF."). Background sentences ("follows
 * a series of attacks") never join the news: they become background candidates of their own when
 * their trigger is strong, else nothing.
 */
import type { PlaceCandidate, PlaceMention } from '../../geocode/types.ts';
import type { ActorKind } from '../../core/types.ts';
import { dayNumber } from '../../dedupe/dates.ts';
import { choosePlace } from './place-choice.ts';
import { ACTED_ON, reportsOwnAct } from './roles.ts';
import type { SentenceMentions, TriggerMention } from '../mentions.ts';
import type { Sentence } from '../segment.ts';
import { SAYS_WHO } from '../relevance.ts';

export interface AnalysedSentence {
  sentence: Sentence;
  mentions: SentenceMentions;
  places: PlaceMention[];
}

export interface Candidate {
  /** Sentences carrying a trigger, in order; the first holds the main trigger's context. */
  triggerSentences: AnalysedSentence[];
  /** Sentences that only add details. */
  detailSentences: AnalysedSentence[];
  background: boolean;
}

/**
 * "The fighting is the most serious…", "This attack follows…": a sentence that opens with a definite
 * reference to its trigger talks about an event already told, whatever else it mentions.
 */
function anaphoric(a: AnalysedSentence): boolean {
  const t = realTriggers(a)[0];
  if (!t) return false;
  const lead = a.sentence.text.slice(0, t.span.start - a.sentence.start);
  return /^(?:the|this|that|these|those)\s+(?:(?:latest|recent|deadly|overnight|same|[a-z]+-long)\s+)?$/i.test(lead);
}

const NEW_EVENT = /\b(?:in a separate (?:incident|attack|development|operation|raid|strike|clash)|separately|elsewhere|in another (?:incident|attack|operation|raid)|in other news)\b/i;

/** Triggers that can open an event: real, and strong enough to stand alone. */
export const realTriggers = (a: AnalysedSentence): TriggerMention[] => a.mentions.triggers.filter((t) => !t.unreal);
const strongest = (ts: TriggerMention[]) => ts.reduce<TriggerMention | null>((b, t) => (!b || t.weight > b.weight ? t : b), null);

/** A weak trigger alone ("attacked", "killed") opens an event only with an agent or a casualty. */
/** A sentence that is, or opens, an aside in square brackets (the bracket closes at its end or later). */
const BRACKETED_ASIDE = /^\[[^\]]*(?:\][.\s]*)?$/;

function opensEvent(a: AnalysedSentence): boolean {
  const t = strongest(realTriggers(a));
  if (!t) return false;
  // "[Officials confirmed that dozens were killed there that week; 3 fatalities coded to this
  // event.]": a bracketed aside comments on the event told before it, it tells no new one. (Not
  // a bracketed dateline: "[KYIV] Drones struck…".)
  if (BRACKETED_ASIDE.test(a.sentence.text)) return false;
  if (t.weight >= 3) return true;
  return a.mentions.actors.length > 0 || a.mentions.casualties.some((c) => c.count !== 0);
}

/** The sentence tells of a crowd: a protest or riot trigger of its own. */
const hasCrowd = (a: AnalysedSentence): boolean => realTriggers(a).some((t) => t.mode === 'protest' || t.mode === 'riot');

const FAMILY: Record<string, string> = { remote: 'violence', direct: 'violence', clash: 'violence' };
const family = (t: TriggerMention) => FAMILY[t.mode] ?? t.mode;
/** Force met by a protest ("police fired tear gas", "demonstrators were arrested") is part of it. */
const joinsProtest = (head: TriggerMention, t: TriggerMention) => (head.mode === 'protest' || head.mode === 'riot') && ['arrests', 'direct', 'clash'].includes(t.mode);
/** "The Houthis fired a missile at Tel Aviv. … the missile was intercepted": the interception of that very weapon. */
const joinsAttack = (head: TriggerMention, t: TriggerMention, a: AnalysedSentence) =>
  head.mode === 'remote' && t.mode === 'disrupted' && !!head.weapon && (definiteWeapon(head.weapon).test(a.sentence.text)
    // "…confirmed that a drone had been fired toward the vessel and said it was shot down": the weapon restated, then "it".
    || (PRONOUN_STOPPED.test(a.sentence.text) && realTriggers(a).some((x) => x.weapon === head.weapon)));
const PRONOUN_STOPPED = /\b(?:it|they|both|all of them)\s+(?:was|were|had been|have been)\s+(?:\w+\s+)?(?:shot down|intercepted|downed)\b/i;
const WEAPON_WORDS: Record<string, string> = { missile: 'missiles?', rocket: 'rockets?', drone: 'drones?|UAVs?' };
const DEFINITE_WEAPON = new Map(Object.entries(WEAPON_WORDS).map(([w, words]) => [w, new RegExp(`\\b(?:the|both|all|most of the|some of the)\\s+(?:\\w+\\s+)?(?:${words})\\b`, 'i')]));
const NEVER = /(?!)/;
const definiteWeapon = (weapon: string): RegExp => DEFINITE_WEAPON.get(weapon) ?? NEVER;

function explicitDate(a: AnalysedSentence): string | null {
  return a.mentions.dates.find((d) => !d.relative)?.date ?? a.mentions.dates[0]?.date ?? null;
}

/**
 * What a date over a month old needs in its words (a month, a year, a count of weeks, months or
 * years, "ago", "last", "earlier", a numeric date): "on Monday", "yesterday", "overnight" are
 * always recent, and a sentence with none of these is not dated on chrono's time.
 */
const STALE_LIKE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{4}\b|\d\/\d|\b(?:weeks?|months?|years?|decades?|ago|last|earlier|previous|prior|since)\b/i;

/** Days before the article's date beyond which an event is background, however it is worded. */
export const STALE_DAYS = 30;
/** `date` lies more than {@link STALE_DAYS} before `refDate` (the article's date). */
export const stale = (date: string | null, refDate: string | null): boolean =>
  date !== null && refDate !== null && dayNumber(refDate) - dayNumber(date) > STALE_DAYS;

/**
 * "A missile hit an apartment block in Sumy … In August, a Russian strike on a bus in Sumy killed
 * 35": a sentence dated long before the article's day tells an older event, never more of a
 * candidate of recent date, as a trigger or a detail. A candidate with no date of its own is as old
 * as the date told before it, else the article's news. (In a record of past events — "On 4
 * December 2023, militants attacked … In addition, others clashed with troops in the area" — an
 * undated candidate is as old as that date, and an aside of that time may join it.)
 */
function olderThan(c: Candidate, a: AnalysedSentence, earlier: Candidate[], refDate: string | null): boolean {
  if (!refDate || !STALE_LIKE.test(a.sentence.text)) return false;
  const own = c.triggerSentences.map(explicitDate).find(Boolean);
  if (own && stale(own, refDate)) return false;
  if (!stale(explicitDate(a), refDate)) return false;
  if (own) return true;
  const first = c.triggerSentences[0]!.sentence.index;
  let told: string | null = null;
  for (const e of earlier) for (const t of e.triggerSentences) if (t.sentence.index < first) told = explicitDate(t) ?? told;
  return !stale(told, refDate);
}

/** "The RSF said the strike …": a speaker is not the agent of what it reports. */
const SPEAKS = /^\s*(?:said|says|claimed|claims|reported|told|added|stated|announced|alleged|confirmed|confirms|denied|denies)\b/i;

/** Per-sentence answers of {@link agentName} and {@link agentSide}: grouping asks them of one sentence again and again. */
const AGENT_NAMES = new WeakMap<AnalysedSentence, string | null>();
const AGENT_SIDES = new WeakMap<AnalysedSentence, 'state' | 'armed' | null>();

function agentName(a: AnalysedSentence): string | null {
  let name = AGENT_NAMES.get(a);
  if (name === undefined) AGENT_NAMES.set(a, (name = agentNameOf(a)));
  return name;
}

function agentNameOf(a: AnalysedSentence): string | null {
  const t = strongest(realTriggers(a));
  const text = a.sentence.text;
  const before = a.mentions.actors.filter((m) => t && m.span.end <= t.span.start && m.named && !SPEAKS.test(text.slice(m.span.end - a.sentence.start)));
  return before.length ? before[before.length - 1]!.actor.name : null;
}

const STATE_SIDE: ActorKind[] = ['state_forces', 'police'];
const ARMED_GROUP: ActorKind[] = ['rebel_group', 'political_militia', 'identity_militia', 'unidentified_armed_group'];

/**
 * Which side the sentence's agent is on, named or not ("The army responded…": the state): who
 * reports its own act ("The army said it had killed dozens of the bandits in air strikes"), else
 * the last actor before its trigger.
 */
function agentSide(a: AnalysedSentence): 'state' | 'armed' | null {
  let side = AGENT_SIDES.get(a);
  if (side === undefined) AGENT_SIDES.set(a, (side = agentSideOf(a)));
  return side;
}

function agentSideOf(a: AnalysedSentence): 'state' | 'armed' | null {
  const t = strongest(realTriggers(a));
  if (!t) return null;
  const text = a.sentence.text;
  const before = a.mentions.actors.filter((m) => m.span.end <= t.span.start);
  const agent = before.find((m) => reportsOwnAct(m, a))
    // Not who was killed or taken ("Troops killed two gunmen, … one soldier was killed"), nor a source.
    ?? lastWhere(before, (m) => m.roleHint !== 'target' && !SPEAKS.test(text.slice(m.span.end - a.sentence.start))
      && !ACTED_ON.test(text.slice(Math.max(0, m.span.start - a.sentence.start - 40), m.span.start - a.sentence.start)));
  return !agent ? null : STATE_SIDE.includes(agent.actor.kind) ? 'state' : ARMED_GROUP.includes(agent.actor.kind) ? 'armed' : null;
}

/** "launched a rescue operation", "mounted a counter-offensive": a side's own operation, told as such. */
const OPERATION = /\b(?:launched|began|started|mounted|conducted|carried out)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:operation|offensive|counter-?offensive|raid|assault|crackdown|manhunt)\b/i;

/**
 * "Separatists blew up a train … Security forces launched a rescue operation that killed 33
 * militants": a sentence telling the other side's operation (state forces after an armed group, or
 * the reverse) tells that side's act, even with a weak verb; not in a fight, where both sides act
 * ("Troops killed four of the attackers in the ensuing gunfight").
 */
function otherSide(c: Candidate, a: AnalysedSentence): boolean {
  if (!OPERATION.test(a.sentence.text) || /\bensuing\b/i.test(a.sentence.text) || hasClash(a)) return false;
  return sidesDiffer(c, a);
}

const hasClash = (s: AnalysedSentence): boolean => realTriggers(s).some((t) => t.mode === 'clash');

/** `a`'s doer and the candidate's are known and on opposite sides (state forces, armed group); never within a fight, where both act. */
function sidesDiffer(c: Candidate, a: AnalysedSentence): boolean {
  if (c.triggerSentences.some(hasClash)) return false;
  const sa = agentSide(a);
  const sc = sa === null ? null : c.triggerSentences.map(agentSide).find(Boolean) ?? null;
  return !!sa && !!sc && sa !== sc;
}

function compatible(c: Candidate, a: AnalysedSentence, earlier: Candidate[], refDate: string | null): boolean {
  const head = c.triggerSentences[0]!;
  const ta = strongest(realTriggers(a))!;
  const tc = strongest(c.triggerSentences.flatMap(realTriggers))!;
  // An attack that hurt people got through: what was shot down besides is an interception of its own
  // ("Russian drones struck…, injuring four. The air force said it shot down 38 of the 52 drones").
  const interception = joinsAttack(tc, ta, a) && !c.triggerSentences.some((s) => s.mentions.casualties.some((m) => (m.count ?? 0) > 0));
  // "Protesters clashed with police … protesters set fire to two police vehicles": a crowd told in both is one protest, whatever else it did.
  const crowd = hasCrowd(a) && c.triggerSentences.some(hasCrowd);
  // (A protest joins what was done at it, whichever of its triggers is strongest: "demonstrators gathered; police arrested dozens".)
  if (ta.weight > 1 && tc.weight > 1 && family(ta) !== family(tc) && !c.triggerSentences.some((s) => realTriggers(s).some((h) => joinsProtest(h, ta))) && !interception && !crowd) return false;
  // (The candidate's date first: without one, the sentence's is not needed here.)
  const dc = c.triggerSentences.map(explicitDate).find(Boolean) ?? null;
  const da = dc ? explicitDate(a) : null;
  if (da && dc && da !== dc) return false;
  if (olderThan(c, a, earlier, refDate)) return false;
  const aa = agentName(a);
  const ac = c.triggerSentences.map(agentName).find(Boolean) ?? null;
  if (aa && ac && aa !== ac && !interception) return false; // the interceptor is never the launcher
  // "RSF shelled a market … The army responded with air strikes": the state's forces and an armed group are two agents, named or not.
  // Not in a fight, where both sides act ("Hamas clashed with Israeli forces … soldiers shot three hostages");
  // but a gang's raid on a town and the police's firefight with the gang later are two events (the fight
  // is the sentence's, not the event's).
  if (!interception && sidesDiffer(c, a)) return false;
  // "Rockets were fired toward Metula. The Israeli military responded with artillery fire": a reply is
  // an act of its own, even when the first act's doer is not named (not the police's answer to a protest).
  if (RESPONSE.test(a.sentence.text) && family(ta) === 'violence' && !c.triggerSentences.some(hasCrowd)) return false;
  return !elsewhere(c, a);
}

/** A reply to what was told before: {@link compatible} keeps it apart. */
const RESPONSE = /\b(?:responded|retaliated|hit back|struck back|in response|in retaliation)\b/i;

/**
 * `a` names a town away from where candidate `c` happened: over ~25 km from its town (or the town
 * it was near), or outside the one region it was told in ("…clashed in Cauca department. The
 * dissidents also attacked a police station in Jamundi"); or names a region other than the one its
 * town is in ("In Daraa, gunmen shot dead…" after shelling in Ariha, Idlib), in its country or
 * another.
 */
function elsewhere(c: Candidate, a: AnalysedSentence): boolean {
  // Not a place that owns or names someone: "Moscow's defence ministry said…", "Islamic Resistance in Iraq";
  // nor where something came from ("drones launched from Russia's Kursk region").
  const located = (p: PlaceMention) => !/^['’]s\b/.test(a.sentence.text.slice(p.span.end - a.sentence.start))
    && !a.mentions.actors.some((m) => m.span.start <= p.span.start && p.span.end <= m.span.end)
    && !FROM_BEFORE.test(a.sentence.text.slice(Math.max(0, p.span.start - a.sentence.start - 40), p.span.start - a.sentence.start));
  const pa = a.places.find((p) => !!p.candidates[0] && isTown(p.candidates[0]) && located(p))?.candidates[0];
  const ra = pa ? undefined : a.places.find((p) => p.candidates[0]?.kind === 'admin1' && located(p))?.candidates[0];
  if (!pa && !ra) return false;
  // Where the candidate happened, as its place is chosen (not a dateline's city).
  const chosen = placeOf(c);
  // Another country altogether ("…hit an oil refinery in Russia's Saratov region" after strikes on Ukraine).
  const named = (pa ?? ra)!;
  if (chosen && named.iso2 && chosen.iso2 && named.iso2 !== chosen.iso2) return true;
  const pc = chosen && isTown(chosen) ? chosen : undefined;
  if (pa) {
    if (pc) return pa.id !== pc.id && Math.hypot(pa.latitude - pc.latitude, pa.longitude - pc.longitude) > 0.25;
    const rc = chosen?.kind === 'admin1' ? chosen : undefined;
    return !!rc && pa.iso2 === rc.iso2 && pa.admin1 !== null && pa.admin1 !== rc.admin1;
  }
  return !!ra && !!pc && ra.iso2 === pc.iso2 && pc.admin1 !== null && ra.admin1 !== pc.admin1;
}

/** The words before a place that say it is where something came from. */
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}$/u;

/** {@link choosePlace} of a candidate, remembered until another sentence joins it. */
const PLACES = new WeakMap<Candidate, { n: number; place: PlaceCandidate | undefined }>();
function placeOf(c: Candidate): PlaceCandidate | undefined {
  const held = PLACES.get(c);
  if (held && held.n === c.triggerSentences.length + c.detailSentences.length) return held.place;
  const place = choosePlace(c)?.place;
  PLACES.set(c, { n: c.triggerSentences.length + c.detailSentences.length, place });
  return place;
}

/** A town or a part of one, at it or near it (precision 1 or 2). */
const isTown = (p: PlaceCandidate): boolean => p.precision <= 2 && (p.kind === 'populated_place' || p.kind === 'neighbourhood');

/** The last item satisfying `test`, testing from the end (Array.prototype.findLast is ES2023). */
function lastWhere<T>(items: T[], test: (x: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return items[i];
  return undefined;
}

/** Group analysed sentences (in document order) into candidates; `refDate` is the article's date (YYYY-MM-DD), when known. */
export function groupCandidates(sentences: AnalysedSentence[], refDate: string | null = null): Candidate[] {
  const out: Candidate[] = [];
  let current: Candidate | null = null;
  let last: Sentence | null = null;
  /** The paragraph whose opening {@link SAYS_WHO} sentences joined the event told before it: only such sentences join from it. */
  let whoParagraph = -1;
  for (const a of sentences) {
    // The article's lead tells its news, whatever it compares it with ("RSF fighters raped dozens of
    // women … last month, the UN said on Monday"): only a date long past makes it background (resolve).
    const isBackground = !!a.mentions.background && a.sentence.index !== 0;
    // Most sentences open nothing: what follows is asked only of those that do.
    const opens = opensEvent(a);
    const weak = opens && ((strongest(realTriggers(a))?.weight ?? 0) <= 1 || anaphoric(a));
    const latest = opens ? lastWhere(out, (c) => !c.background) : undefined;
    // "In a separate incident", "Meanwhile, in …": the writer says this is another event.
    const another = opens && NEW_EVENT.test(a.sentence.text);
    if (weak && latest && !isBackground && !another && !elsewhere(latest, a) && !olderThan(latest, a, out, refDate) && !otherSide(latest, a)) {
      // "The attack on Eilat …", "its troops had hit …": a weak trigger after an event refers back to it.
      latest.detailSentences.push(a);
      current = latest;
      last = a.sentence;
    } else if (opens && another && !isBackground) {
      out.push({ triggerSentences: [a], detailSentences: [], background: false });
      current = out[out.length - 1]!;
      last = a.sentence;
    } else if (opens) {
      if (isBackground) {
        const t = strongest(realTriggers(a))!;
        if (t.weight >= 5) out.push({ triggerSentences: [a], detailSentences: [], background: true });
        current = null;
        continue;
      }
      const home = lastWhere(out, (c) => !c.background && compatible(c, a, out, refDate));
      if (home) home.triggerSentences.push(a);
      else out.push({ triggerSentences: [a], detailSentences: [], background: false });
      current = home ?? out[out.length - 1]!;
      last = a.sentence;
    } else if (current && !isBackground && last && a.sentence.index === last.index + 1 && !olderThan(current, a, out, refDate)
      && (a.sentence.paragraph === last.paragraph ? whoParagraph !== a.sentence.paragraph || SAYS_WHO.test(a.sentence.text)
        : a.sentence.paragraph === last.paragraph + 1 && SAYS_WHO.test(a.sentence.text))) {
      // The next sentence of the paragraph adds details; the next paragraph only when it says who did it
      // (and then only such sentences join from it).
      if (a.sentence.paragraph !== last.paragraph) whoParagraph = a.sentence.paragraph;
      current.detailSentences.push(a);
      last = a.sentence;
    } else {
      current = a.sentence.paragraph === last?.paragraph ? current : null;
    }
  }
  return out;
}
