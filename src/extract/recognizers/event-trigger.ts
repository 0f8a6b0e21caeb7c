/**
 * Event triggers: words that say something happened, and with what instrument
 * ("drone strike" → Air/drone strike + drone). Patterns live in `data/local/triggers.tsv`.
 */
import { SUB_EVENT_TYPES, WEAPONS, type SubEventType, type Weapon } from '../../core/types.ts';
import { compilePattern, containsAnyPattern, scanOf, stickyMatches, type Row, type RuleScan } from '../lexicon.ts';
import type { TriggerMention, TriggerMode } from '../mentions.ts';
import { THOUSANDS } from '../numbers.ts';
import type { Sentence } from '../segment.ts';

/**
 * The compiled triggers: `rules` (sticky regexes) and `any`, their union, for a single scan;
 * `inText` finds something in any text in which some sentence holds a trigger (null: in any text).
 */
export type TriggerSet = RuleScan<TriggerRule> & { inText: RegExp | null };

export interface TriggerRule {
  /** Sticky: tried only where `TriggerSet.any` found a trigger starting. */
  re: RegExp;
  subEventType: SubEventType;
  weapon: Weapon | null;
  mode: TriggerMode;
  weight: number;
  rule: string;
}

const MODES = ['remote', 'direct', 'clash', 'abduction', 'arrests', 'protest', 'riot', 'destruction', 'disrupted', 'change', 'agreement', 'territory', 'other'];

/** Validate and compile `triggers.tsv` rows (fails loudly on a misspelt category). */
export function compileTriggers(rows: Row[]): TriggerSet {
  const rules = rows.map((r, i) => {
    if (!SUB_EVENT_TYPES.includes(r.sub_event_type as SubEventType)) throw new Error(`triggers.tsv row ${i + 1}: unknown sub_event_type "${r.sub_event_type}"`);
    if (r.weapon !== '-' && !WEAPONS.includes(r.weapon as Weapon)) throw new Error(`triggers.tsv row ${i + 1}: unknown weapon "${r.weapon}"`);
    if (!MODES.includes(r.mode!)) throw new Error(`triggers.tsv row ${i + 1}: unknown mode "${r.mode}"`);
    const re = compilePattern(r.pattern!);
    return {
      re: new RegExp(re.source, re.flags.replace('g', 'y')),
      subEventType: r.sub_event_type as SubEventType,
      weapon: r.weapon === '-' ? null : (r.weapon as Weapon),
      mode: r.mode as TriggerMode,
      weight: Number(r.weight),
      rule: `triggers.tsv:${i + 1}`,
    };
  });
  // One pass of every pattern at once finds where triggers start; only there are the rules tried.
  const any = new RegExp(`(?<![\\w-])(?:${rows.map((r) => `(?:${r.pattern})`).join('|')})(?![\\w-])`, 'gi');
  return { ...scanOf(any, rules), inText: containsAnyPattern(rows.map((r) => r.pattern!)) };
}

// Words before a trigger that make it unreal: negation, threat, intention, question, denial.
// "threatened on Wednesday to strike": a few words may stand between the threat and its "to".
/**
 * "Attacks in the northwest have surged since 2021", "kidnappings rose by a third last year": a count
 * of such acts going up or down, no act of its own (read after a plural trigger; not "fell" or
 * "dropped": "shells fell on the camp" is the act).
 */
const TREND_AFTER = /^(?:\s+(?:in|on|of|for|against|by|across|along|around|near)\s+[^,.;]{1,40}?)?\s+(?:(?:have|has|had)\s+(?:\w+ly\s+)?)?(?:surged|increased|risen|rose|soared|spiked|doubled|tripled|multiplied|declined|decreased)\b/i;

/**
 * "would buy 40 new fighter jets and 200 drones", "delivered 12 F-16s": weapons bought, sold or made
 * are no strike. (Not "Iranian-supplied drones struck…": a verb joined to a word is a qualifier.)
 */
const PROCURED_BEFORE = /(?<![\w-])(?:buy|buys|bought|buying|purchase[sd]?|purchasing|acquire[sd]?|acquiring|order(?:ed|s)?|procure[sd]?|procuring|deliver(?:ed|s|ing)?|sell|sells|sold|selling|produce[sd]?|producing|manufactur(?:e|ed|es|ing)|export(?:ed|s|ing)?|import(?:ed|s|ing)?|receive[sd]?|receiving|obtain(?:ed|s|ing)?|donate[sd]?|donating|pledge[sd]?|pledging|transferr(?:ed|ing))\s+(?:[\w-]+\s+){0,6}$/i;

/** What {@link PROCURED_BEFORE} needs somewhere in the sentence: most sentences have none of the verbs. */
const PROCURED_ANY = /\b(?:buy|bought|purchas|acquir|order|procur|deliver|sell|sold|produc|manufactur|export|import|receiv|obtain|donat|pledg|transferr)/i;

/** "tens of thousands of soldiers have been killed": a war's running toll, no act of its own (read before the trigger). */
const RUNNING_TOLL_BEFORE = /\b(?:tens of thousands|hundreds of thousands|thousands|millions)\b[^,.;]{0,40}\b(?:have|has) been\s+$/i;

const UNREAL_BEFORE = /\b(?:not|never|no|if|unless|denied|denies|deny|(?:threaten|vow|plann|intend|prepar|promis)\w*(?:\s+\w+){0,3}\s+to|threaten(?:ed|s)?(?: to)?|vow(?:ed|s)? to|plan(?:ned|s)? to|could|would|might|may|will|warn(?:ed|s)? (?:of|that|it would)|prepar(?:ing|ed) to|intend(?:s|ed)? to|fear(?:s|ed)? of|without|attempt(?:ing|ed|s)? to|tr(?:ying|ied|ies) to)\s+(?:\w+\s+){0,2}$/i;

/** "…under which fighting in the east is to stop from midnight": fighting to end is no new clash (read after a clash trigger). */
const TO_END_AFTER = /^(?:\s+(?:in|on|along|across|around|near|between)\s+[^,.;]{1,50}?)?\s+(?:is|are|was|were|would|will|should|must|has|had)\s+(?:to\s+|be\s+|been\s+)?(?:stop|end|cease|halt|stopped|ended|ceased|halted)\b/i;

/** "…signed a ceasefire agreement, ending three months of fighting": the fighting ended, it is no new clash. */
const ENDED_BEFORE = /\b(?:end(?:ing|ed|s)?|halt(?:ing|ed|s)?|stop(?:ping|ped|s)?)\s+(?:\w+\s+){0,3}$/i;

/** "ahead of a planned rally", "a banned march": a protest still to come, or forbidden, has not happened. */
const PROTEST_TO_COME = /\b(?:planned|scheduled|upcoming|proposed|announced|banned|called for|calls? for)\s+$/i;

/**
 * "hit Hezbollah rocket launchers", "a missile depot": the thing hit, not a weapon used; "the head of
 * Hezbollah's missile forces", "a rocket unit": who has the weapon, not its use (checked here: a
 * look-ahead in the pattern slows the scan).
 */
const WEAPON_AS_TARGET = /^ (?:launchers?|launch (?:sites?|pads?|positions?)|depots?|stores?|factor(?:y|ies)|sites?|production|forces|units?|command|programm?es?|arsenals?|stockpiles?|experts?|engineers?)\b/i;

/** "assault rifles", "an assault brigade": the kind of weapon or unit, not an assault made. */
const ASSAULT_KIND = /^\s+(?:rifles?|weapons?|guns?|vehicles?|boats?|craft|ships?|helicopters?|troops|brigades?|units?|teams?|forces|groups?|squads?|battalions?|regiments?|companies|company)\b/i;

/** "destroyed two Israeli artillery", "struck Russian artillery positions": the guns were hit, they did not fire. */
const GUNS_HIT = /\b(?:destroyed|destroying|struck|striking|hit|hitting|targeted|targeting|damaged|captured|seized|attacked|attacking)\s+(?:(?:a|an|the|two|three|four|five|several|\d+)\s+)?(?:[A-Z][\w-]*\s+)?$/;

/**
 * A marker of an earlier act, not this event: the one it answers ("in retaliation for attacks by
 * gunmen") or the one it is dated from ("weeks after the army retook it").
 */
const ANSWERED = 'in (?:retaliation|revenge|response) (?:for|to)|to avenge|as revenge for';
const EARLIER_ACT = new RegExp(`\\b(?:${ANSWERED}|(?:days|weeks|months|years|a (?:day|week|month|year)) (?:after|since))\\b`, 'i');
/** The act an event answers, alone ("in response to strikes that killed two"). */
export const ANSWERED_ACT = new RegExp(`\\b(?:${ANSWERED})\\b`, 'i');

/**
 * The part of sentence `text` that tells an earlier act, given where the news starts (offsets in `text`),
 * or null: after the news ("X killed…, in retaliation for Y") the rest of the sentence; opening the
 * sentence ("In response to the rocket fire, jets struck…") only its own clause, up to a comma or semicolon.
 */
export function earlierAct(text: string, news: number): { start: number; end: number } | null {
  const m = EARLIER_ACT.exec(text);
  if (!m) return null;
  const comma = m.index > news ? -1 : text.slice(m.index).search(/[,;]/);
  return { start: m.index, end: comma < 0 ? text.length : m.index + comma };
}

/**
 * "captured Bukavu, the second-largest city", "seized Kherson on Friday": taking a place named by
 * its capitalised name (matched case-sensitively, so not `triggers.tsv`), closed by punctuation or
 * a time or place word; "captured Russian soldiers" (a lower-case noun follows) is not one.
 */
const CAPTURED_NAMED = /\b(?:captured|seized|overran|took|retook|recaptured) (?:(?:most|much|all|parts?|large parts|swathes) of )?(?:the (?:city|town|village) of )?(?:\p{Lu}[\p{L}'’-]+ ?){1,3}(?=[,.;]| (?:on|in|after|from|and|as|following|late|early|last|this|overnight|over|during|amid|without|near)\b)/gu;
/**
 * What {@link CAPTURED_NAMED} needs, without its name scan: a capture verb before a capital. The
 * cheap test tried first, on sentences and (for the paragraph prefilter) on whole paragraphs.
 */
const CAPTURED_NAMED_ANY = /(?:captured|seized|overran|took) (?:(?:most|much|all|parts?|large parts|swathes) of )?(?:the (?:city|town|village) of )?\p{Lu}/u;

/** A non-conflict context of `non-conflict.tsv`: its pattern, and whether its domain is a natural disaster. */
export interface NonConflictContext {
  re: RegExp;
  /** Floods and earthquakes explain deaths and damage, never an air strike or a shelling (see {@link recognizeTriggers}). */
  disaster: boolean;
}

/** Compile `non-conflict.tsv`: contexts (sport, fiction, figurative speech, disasters, accidents) where triggers are not events. */
export function compileNonConflict(rows: Row[]): NonConflictContext[] {
  return rows.map((r) => ({ re: compilePattern(r.pattern!), disaster: r.domain === 'disaster' }));
}

/** Weapons only armed forces use: a natural disaster in the sentence does not explain them away. */
const MILITARY_WEAPONS: ReadonlySet<Weapon | null> = new Set<Weapon>(['drone', 'aircraft', 'missile', 'rocket', 'artillery', 'mortar']);

/** Each context list's patterns in one regex (case-insensitive: a superset of acronym rows), built once per list. */
const ANY_CONTEXT = new WeakMap<NonConflictContext[], RegExp>();

/** Which non-conflict context the sentence is in: 'other' (sport, fiction, figures of speech, accidents) outranks 'disaster'. */
function contextOf(text: string, contexts: NonConflictContext[]): 'other' | 'disaster' | null {
  // Most sentences are in none: one scan of the union rules them out.
  let any = ANY_CONTEXT.get(contexts);
  if (!any) ANY_CONTEXT.set(contexts, (any = new RegExp(contexts.map((c) => `(?:${c.re.source})`).join('|') || '(?!)', 'i')));
  if (!any.test(text)) return null;
  let disaster = false;
  for (const c of contexts) {
    c.re.lastIndex = 0;
    if (!c.re.test(text)) continue;
    if (!c.disaster) return 'other';
    disaster = true;
  }
  return disaster ? 'disaster' : null;
}

/** Armed people named: a sentence that names them tells of violence, whatever the sentence before was about. */
const ARMED_WORDS = /\b(?:gunmen|militants?|fighters|rebels|insurgents|soldiers|troops|army|military|police|militias?|militiamen|jihadists|bandits|attackers|assailants|gangs?|forces)\b/i;

/**
 * "Floods killed 40 people in Niger state. Hundreds of homes were destroyed.", "The film bombed at the
 * box office. Its star was shot by a famous photographer.": a sentence with no context of its own,
 * right after one whose triggers a non-conflict context made unreal, is in that context too (its
 * triggers become unreal, as in {@link recognizeTriggers}), unless it names armed people.
 */
export function carryContext(prev: Sentence, prevTriggers: TriggerMention[], s: Sentence, triggers: TriggerMention[], nonConflict: NonConflictContext[]): void {
  if (!prevTriggers.length || prevTriggers.some((t) => !t.unreal) || !triggers.some((t) => !t.unreal) || ARMED_WORDS.test(s.text)) return;
  if (contextOf(s.text, nonConflict) !== null) return;
  const context = contextOf(prev.text, nonConflict);
  if (!context) return;
  for (const t of triggers) if (context === 'other' || !(t.mode === 'remote' && MILITARY_WEAPONS.has(t.weapon))) t.unreal = true;
}

/** False when no sentence of `text` (a paragraph, say) can hold a trigger, real or not. */
export function mayHoldTriggers(text: string, set: TriggerSet): boolean {
  // The lexicon's triggers, and those found in code ("seized Aleppo": see CAPTURED_NAMED).
  return !set.inText || set.inText.test(text) || CAPTURED_NAMED_ANY.test(text);
}

/**
 * Every trigger in the sentence; overlapping matches keep the longer (then heavier) one.
 * In a non-conflict context ("the striker fired three shots") every trigger is unreal; next to a
 * natural disaster, all but a military weapon's ("air strikes on villages a day after the earthquake").
 */
export function recognizeTriggers(s: Sentence, set: TriggerSet, nonConflict: NonConflictContext[] = []): TriggerMention[] {
  // Asked only once a trigger is found: most sentences have none, and the context scan is not free.
  let context: 'other' | 'disaster' | null | undefined;
  // Whether the sentence names a purchase or a toll in thousands at all, asked once, when needed.
  let procured: boolean | undefined;
  let toll: boolean | undefined;
  const found: TriggerMention[] = [];
  for (const { rule: r, match: m } of stickyMatches(s.text, set)) {
    if ((r.weapon === 'rocket' || r.weapon === 'missile') && WEAPON_AS_TARGET.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    if (r.weapon === 'artillery' && GUNS_HIT.test(s.text.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (m[0].length === 7 && /^assault$/i.test(m[0]) && ASSAULT_KIND.test(s.text.slice(m.index + 7, m.index + 7 + 24))) continue;
    if (context === undefined) context = contextOf(s.text, nonConflict);
    const offTopic = context === 'other' || (context === 'disaster' && !(r.mode === 'remote' && MILITARY_WEAPONS.has(r.weapon)));
    const start = s.start + m.index;
    const before = s.text.slice(Math.max(0, m.index - 40), m.index);
    found.push({
      span: { start, end: start + m[0].length },
      subEventType: r.subEventType,
      weapon: r.weapon,
      mode: r.mode,
      weight: r.weight,
      rule: r.rule,
      unreal: offTopic || UNREAL_BEFORE.test(before) || (r.mode === 'protest' && PROTEST_TO_COME.test(before)) || (r.mode === 'clash' && (ENDED_BEFORE.test(before) || TO_END_AFTER.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 90))))
        || (/s$/i.test(m[0]) && TREND_AFTER.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 80)))
        || (r.mode === 'remote' && (procured ??= PROCURED_ANY.test(s.text)) && PROCURED_BEFORE.test(s.text.slice(Math.max(0, m.index - 60), m.index)))
        || ((toll ??= THOUSANDS.test(s.text)) && RUNNING_TOLL_BEFORE.test(s.text.slice(Math.max(0, m.index - 80), m.index))),
    });
  }
  if (CAPTURED_NAMED_ANY.test(s.text)) for (const m of s.text.matchAll(CAPTURED_NAMED)) {
    if (context === undefined) context = contextOf(s.text, nonConflict);
    const start = s.start + m.index;
    const verb = m[0].indexOf(' ');
    found.push({
      span: { start, end: start + verb }, subEventType: 'Non-state actor overtakes territory', weapon: null, mode: 'territory', weight: 11,
      rule: 'territory/captured-named-place', unreal: context === 'other' || UNREAL_BEFORE.test(s.text.slice(Math.max(0, m.index - 40), m.index)),
    });
  }
  found.sort((a, b) => a.span.start - b.span.start || (b.span.end - b.span.start) - (a.span.end - a.span.start) || b.weight - a.weight);
  // "…killed dozens of civilians, in retaliation for attacks by gunmen": what is avenged happened before.
  const earlier = found.length ? earlierAct(s.text, found[0]!.span.start - s.start) : null;
  if (earlier) for (const t of found) if (t.span.start - s.start > earlier.start && t.span.start - s.start < earlier.end) t.unreal = true;
  const kept: TriggerMention[] = [];
  for (const t of found) {
    const clash = kept.find((k) => t.span.start < k.span.end && k.span.start < t.span.end);
    if (!clash) kept.push(t);
  }
  return kept;
}
