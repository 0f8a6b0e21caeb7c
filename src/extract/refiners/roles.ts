/**
 * Who did it to whom: the agent (actor1) and target (actor2) of a candidate's main trigger.
 *
 * The agent is the subject: the first agent-capable phrase before the trigger (or the one after
 * "by" in the passive, or the first after "between"). The target is the first target-capable phrase
 * after it. A generic phrase followed by the group it stands for ("Palestinian militants (coded as
 * Hamas)", "gunmen from al-Shabaab") is replaced by that group.
 */
import type { ActorMention, TriggerMention } from '../mentions.ts';
import type { AnalysedSentence } from './candidates.ts';
import { earlierAct } from '../recognizers/event-trigger.ts';

export interface Roles {
  agent: ActorMention | null;
  target: ActorMention | null;
}

const NAMES_GROUP = /^[\s,]*[([]?\s*(?:(?:believed|thought|suspected|said|alleged|reported) to (?:be |have been )?)?(?:(?:likely|probably|presumably|possibly)\s+(?=from|of|belonging|affiliated|linked|members))?(?:coded as|(?:likely |probably |presumably |possibly )?including|likely|probably|presumably|possibly|from|of|belonging to|affiliated with|linked to|members of|led by|headed by|spearheaded by|(?:launched|fired|sent|flown|deployed|operated) by)?\s*(?:the\s+)?$/i;

/**
 * Upgrade a generic phrase to the named group it stands for: the one right after it when the text
 * links them ("militants (coded as Hamas)"), or, for a force noun with no nationality ("a coalition
 * warship"), the one named state force in the sentence — but not, for the interceptor of a
 * `stopped` trigger, the weapons it stopped or their launcher, nor a side named inside the agent's own
 * `verb` ("its troops had repelled 31 Russian assaults").
 */
function upgrade(m: ActorMention | null, all: ActorMention[], text: string, offset: number, stopped: TriggerMention | null = null, verb: TriggerMention | null = null): ActorMention | null {
  if (!m || m.named) return m;
  const next = all.find((x) => x.span.start >= m.span.end);
  if (next?.named && NAMES_GROUP.test(text.slice(m.span.end - offset, next.span.start - offset))) return next;
  if (m.actor.kind === 'state_forces' && !m.countryStated) {
    // The only state named: "Iran launched 300 drones …, the Israeli military said" names two, so the drones stay unowned here.
    // Not what an interception stopped: "air defences destroyed 47 Ukrainian drones" names the other side.
    const forces = all.filter((x) => (x.named || x.countryStated) && (x.actor.kind === 'state_forces' || x.actor.kind === 'external_force')
      && !(stopped && ((!x.named && isStopped(x, stopped, text, offset)) || LAUNCHED_AFTER.test(text.slice(x.span.end - offset, x.span.end - offset + 24))))
      // Nor the object inside the agent's own trigger: "its troops had repelled 31 Russian assaults".
      && !(verb && x.span.start > verb.span.start && x.span.end <= verb.span.end));
    if (forces.length && forces.every((x) => x.actor.name === forces[0]!.actor.name)) return forces.find((x) => x.named) ?? forces[0]!;
  }
  return m;
}

/** "pagers used by Hezbollah members", "a checkpoint manned by troops": the owner or keeper of the thing acted on. */
const OWNED_BY = /\b(?:(?:used|owned|carried|held|operated|manned|staffed|worn|run)\s+by|belonging to)\s+(?:the\s+)?$/i;

/** "Russia launched 120 drones …, and air defences shot down 98": the launcher, whom an interceptor never stands for. */
const LAUNCHED_AFTER = /^\s+(?:(?:has|had|have)\s+)?(?:launched|fired|sent)\b/i;

/** What an interception stopped: inside its trigger ("destroyed 47 Ukrainian drones") or its object right after ("shot down two Russian jets"). */
function isStopped(x: ActorMention, t: TriggerMention, text: string, offset: number): boolean {
  if (x.span.start < t.span.start) return false;
  if (x.span.start < t.span.end) return true;
  const gap = text.slice(t.span.end - offset, x.span.start - offset);
  return gap.length <= 24 && !/[,;]/.test(gap);
}

/** Non-state groups a generic "militants" can stand for. */
const NAMED_GROUPS: ActorMention['actor']['kind'][] = ['rebel_group', 'political_militia', 'identity_militia'];

/** A bare demonym counts as an agent only when it qualifies the trigger itself ("Israeli shelled", "Russian airstrikes"). */
/** A bare nationality ("Israeli", "US") standing for the state's side. */
const bareNationality = (m: ActorMention) => m.rule === 'demonym-only' || m.rule === 'abbreviation-only';
const canAct = (m: ActorMention, t: TriggerMention) => m.roleHint !== 'target' || (bareNationality(m) && t.span.start - m.span.end <= 1);

// "police said", "police spokesperson Grace Iringe-Koko said": up to a title and a name before the verb.
// "…, but the Israeli military declined to comment": who will not speak about it is no party to it either.
const SPEAKS = /^\s*(?:\w+\s+)?(?:spokes(?:man|woman|person)\s+(?:[A-Z][\w'’-]*\s+){1,3})?(?:said|says|reported|claimed|announced|confirmed|stated|added|(?:declined|refused) to comment|would not comment|(?:did|has|have) not (?:immediately )?(?:comment|respond)(?:ed)?|could not be reached)\b/i;

/** "The Taliban denied responsibility for the bombing": whoever denies it is not its agent. */
const DENIAL_BETWEEN = /\b(?:denied|denies|deny|rejected|rejects)\b/i;

// An actor phrase that ends with the trigger ("Israeli warplanes", "Russian artillery") is its agent.
// A phrase that starts at the trigger and runs past it ("destroyed residential buildings") is its object.
const holds = (m: ActorMention, t: TriggerMention) => m.span.start <= t.span.start && m.span.end >= t.span.end;
const isObject = (m: ActorMention, t: TriggerMention) => m.span.start >= t.span.start && m.span.end > t.span.end;
// …but a bare instrument with no nationality ("a notable drone") says nothing about who used it.
const bareInstrument = (m: ActorMention, t: TriggerMention) => m.actor.kind === 'state_forces' && m.span.end > t.span.start && m.span.start < t.span.end && !m.named && !m.countryStated;
// "Israeli UAVs and tanks opened fire": a force noun with no nationality beside a state agent is
// more of the agent's own forces, not its target.
const ownForces = (m: ActorMention, agent: ActorMention | null) => !!agent && agent.actor.kind === 'state_forces' && m.actor.kind === 'state_forces' && !m.named && !m.countryStated;
// "…by airstrike or artillery fire", "UAVs and tanks opened fire": a force noun with no nationality
// joined to a trigger by "and"/"or" is another instrument of the attack, not its target.
const COORDINATED_WITH = /^\s*(?:and|or|and\/or)\s+$/i;
// (Not after a weapon someone owns: "captured an Israeli UAV and 2 attack UAVs" lists the captured.)
const coInstrument = (m: ActorMention, s: AnalysedSentence) =>
  m.actor.kind === 'state_forces' && !m.named && !m.countryStated &&
  s.mentions.triggers.some((t) => t.span.end <= m.span.start && COORDINATED_WITH.test(s.sentence.text.slice(t.span.end - s.sentence.start, m.span.start - s.sentence.start)) &&
    !s.mentions.actors.some((a) => (a.named || a.countryStated) && a.span.start <= t.span.start && a.span.end >= t.span.end));
// "The Israeli military said most were intercepted": the speaker is a source, not the target.
const speaker = (m: ActorMention, text: string, off: number) => SPEAKS.test(text.slice(m.span.end - off, m.span.end - off + 40));
/** Whether `m` is the source speaking in sentence `s` ("…, police said"), not a party to the event. */
export const isSpeaker = (m: ActorMention, s: AnalysedSentence): boolean => speaker(m, s.sentence.text, s.sentence.start);
// "The Israeli military said it had killed a Hamas commander in an air strike": the speaker reports
// its own act, so it is the agent and what it acted on is the target.
const SELF_REPORT = /^\s*(?:\w+\s+)?(?:said|says|reported|claimed|announced|confirmed|stated)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they|its\s+\w+|their\s+\w+)\s+(?:had\s+|has\s+|have\s+)?(?:killed|struck|hit|shot|targeted|attacked|bombed|shelled|destroyed|fired|launched|downed|shot down|intercepted|raided|fought|captured|seized|eliminated|carried out|conducted)\b/i;
// "Police said officers killed three gang members": a force telling what its own people did (a force only:
// "the UN said soldiers killed…" is no self-report).
const OWN_PEOPLE_REPORT = /^\s*(?:said|says|reported|announced|stated)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:officers|troops|soldiers|personnel|units|agents|security forces)\s+(?:had\s+|has\s+|have\s+)?(?:killed|struck|hit|shot|targeted|attacked|raided|fought|captured|seized|arrested|repelled|eliminated|neutrali[sz]ed)\b/i;
const selfReport = (m: ActorMention, text: string, off: number) => SELF_REPORT.test(text.slice(m.span.end - off, m.span.end - off + 80))
  || ((m.actor.kind === 'state_forces' || m.actor.kind === 'police') && OWN_PEOPLE_REPORT.test(text.slice(m.span.end - off, m.span.end - off + 80)));
/** Whether `m` reports an act of its own in sentence `s` ("The army said it had killed…"). */
export const reportsOwnAct = (m: ActorMention, s: AnalysedSentence): boolean => selfReport(m, s.sentence.text, s.sentence.start);
// "Two soldiers were killed when their vehicle hit a roadside bomb": a casualty, never the agent.
const SUFFERED = /^\s*(?:\w+\s+)?(?:were|was|have been|has been|had been)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt|shot|abducted|kidnapped)\b/i;
const victim = (m: ActorMention, text: string, off: number) => SUFFERED.test(text.slice(m.span.end - off, m.span.end - off + 50));

/** "killed dozens of the bandits", "struck gunmen": a group that usually acts is here the one acted on. */
export const ACTED_ON = /\b(?:killed|killing|kills|neutrali[sz]ed|eliminated|targeted|targeting|struck|striking|hit|attacked|attacking|bombed|shelled|arrested|captured|detained|ambushed)\s+(?:(?:dozens|scores|hundreds|several|many|some|a number|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of\s+)?)?(?:the\s+)?$/i;

/** "launched by", "fired by": who sent the weapon. */
const LAUNCHED_BY = /\b(?:launched|fired|sent|flown|deployed|operated)\s+by\s+(?:the\s+)?$/i;

/** "…troops fighting alongside the Congolese army": who comes after these is on the agent's side, never its target. */
const ALLY_BEFORE = /\b(?:alongside|together with|along with|in support of|allied (?:with|to)|with the (?:help|support|backing) of)\s+(?:the\s+)?$/i;

/** An opening adverbial phrase up to its comma ("In the deadliest attack on the army since 2023, "). */
const LEADING_PHRASE = /^(?:In|During|After|Amid|Following|Despite|Since|Before|Unlike|Like)\b[^,;.]{0,120},\s*/;

/** Agent and target around `trigger` within its sentence `s`. */
export function assignRoles(s: AnalysedSentence, trigger: TriggerMention): Roles {
  const text = s.sentence.text;
  const off = s.sentence.start;
  // "…, in retaliation for attacks by gunmen" / "In retaliation for Hamas attacks, jets struck…": who did
  // the earlier act takes no part in this one.
  const earlier = earlierAct(text, trigger.span.start - off);
  const aside = earlier && !(trigger.span.start - off >= earlier.start && trigger.span.start - off < earlier.end);
  const actors = aside ? s.mentions.actors.filter((m) => m.span.start - off < earlier.start || m.span.start - off >= earlier.end) : s.mentions.actors;
  // "…, and air defences shot down 120 of them": an interception's trigger may open with the
  // interceptor itself, a force noun that is no instrument of the act but its doer.
  const interceptor = (m: ActorMention) => trigger.mode === 'disrupted' && m.span.start === trigger.span.start && m.span.end < trigger.span.end;
  const before = actors.filter((m) => interceptor(m) || (!isObject(m, trigger) && !bareInstrument(m, trigger) && (m.span.start < trigger.span.start || holds(m, trigger))));
  // "…destroyed 47 Ukrainian drones", "repelled 31 Russian assaults": what was acted on may be inside the trigger.
  const insideTrigger = (m: ActorMention) => m.span.start > trigger.span.start && m.span.end <= trigger.span.end;
  const after = actors.filter((m) => m.span.start >= trigger.span.end || isObject(m, trigger) || insideTrigger(m));
  const between = /^\s*(?:\w+\s+){0,4}between\s/i.test(text.slice(trigger.span.end - off));
  // What an interception stopped was "launched by" its other side ("drones launched by Russia"), an agent by nature.
  const launchedBy = (m: ActorMention) => trigger.mode === 'disrupted' && LAUNCHED_BY.test(text.slice(0, m.span.start - off).slice(-32));
  // "…was hit by X", "drone strikes blamed on X", "an attack attributed to X": X did it.
  // Not a supporter: "M23 rebels backed by Rwandan troops took control"; nor company: "a tank surrounded by troops";
  // nor who held the place hit: "a checkpoint manned by Chadian troops".
  // Not the launcher of what was stopped: "drones launched by Russia" were shot down by someone else.
  const byAgent = after.find((m) => /(?<!\b(?:backed|supported|assisted|aided|funded|armed|trained|equipped|sponsored|surrounded|accompanied|escorted|guarded|protected|flanked|joined|reinforced|manned|staffed|held|controlled|run|operated|occupied|defended|used|owned|patrolled) )\b(?:by|blamed on|attributed to)\s+(?:the\s+|an?\s+)?$/i.test(text.slice(0, m.span.start - off).slice(-32))
    && !launchedBy(m));
  // Passive without "by" ("several demonstrators were arrested"): what precedes is the target.
  const passive = /\b(?:was|were|been|being|is|are|got)\s+(?:\w+ly\s+)?$/i.test(text.slice(0, trigger.span.start - off));
  let agent: ActorMention | null;
  let pool: ActorMention[];
  // "…were killed when Hamas fighters attacked": the subject of the clause that says how.
  const whenAgent = passive && !byAgent ? after.find((m) => canAct(m, trigger) && /\b(?:when|as|after)\s+(?:the\s+)?$/i.test(text.slice(0, m.span.start - off).slice(-15))) : undefined;
  if (passive && !byAgent) {
    agent = whenAgent ?? null;
    pool = [...before, ...after.filter((m) => m !== whenAgent)];
  } else if (byAgent) {
    agent = byAgent;
    pool = [...before, ...after.filter((m) => m !== byAgent)];
  } else if (!before.some((m) => canAct(m, trigger)) && between && after.length) {
    agent = after[0]!;
    pool = after.slice(1);
  } else {
    const allAble = before.filter((m) => canAct(m, trigger) && !victim(m, text, off) && !DENIAL_BETWEEN.test(text.slice(m.span.end - off, trigger.span.start - off))
      // "pagers used by Hezbollah members exploded": who owned the thing hit did not do it.
      && !OWNED_BY.test(text.slice(Math.max(0, m.span.start - off - 30), m.span.start - off)));
    // "In the deadliest attack on the army since 2023, militants killed…": who is named in an opening
    // adverbial phrase is not the subject of the clause after it, when that clause names one.
    const lead = LEADING_PHRASE.exec(text)?.[0].length ?? 0;
    const afterLead = lead && trigger.span.start - off >= lead ? allAble.filter((m) => m.span.start - off >= lead) : [];
    const able = afterLead.length ? afterLead : allAble;
    const self = able.find((m) => selfReport(m, text, off));
    if (self) {
      agent = self;
      pool = [...before.filter((m) => m.span.start > self.span.end), ...after];
    } else {
      // "Colombian police said FARC dissidents ambushed a patrol": a speaker is the agent only when
      // nobody else is named between it and the trigger ("The army said it shelled…").
      // An interception is done by whoever is named right before it ("Russia launched drones, and air
      // defences shot down 120"; the one reporting it counts too: "…, the Israeli military said, adding
      // that most were intercepted"): the launcher is the other side.
      agent = trigger.mode === 'disrupted' ? able[able.length - 1] ?? null : able.find((m) => !speaker(m, text, off)) ?? able[0] ?? null;
      pool = [...before.filter((m) => victim(m, text, off)), ...after];
    }
  }
  const phrase = agent;
  agent = upgrade(agent, actors, text, off, trigger.mode === 'disrupted' ? trigger : null, trigger);
  // "between Palestinian militants (Hamas and PIJ) and Israeli troops": who is named in brackets
  // after the agent's phrase is the agent itself, not the other side.
  const inAgentBrackets = (m: ActorMention) => !!phrase && m.span.start >= phrase.span.end && /^\s*[([][^)\]]*$/.test(text.slice(phrase.span.end - off, m.span.start - off));
  // "Clashes between Druze gunmen and Bedouin fighters": two sides, even when both read as the same generic group.
  const twoSides = (m: ActorMention) => between && agent !== null && after.includes(agent) && after.includes(m) && !m.named && !agent.named;
  // A group that usually acts ("gang members") can still be the other side of a clash.
  const actedOn = (m: ActorMention) => ACTED_ON.test(text.slice(Math.max(0, m.span.start - off - 40), m.span.start - off));
  const targets = pool.filter((m) => m !== agent && (m.roleHint !== 'agent' || trigger.mode === 'clash' || launchedBy(m) || actedOn(m)) && !ownForces(m, agent) && !coInstrument(m, s) && !inAgentBrackets(m) && !speaker(m, text, off) && !ALLY_BEFORE.test(text.slice(Math.max(0, m.span.start - off - 30), m.span.start - off)) && (!agent || m.actor.name !== agent.actor.name || twoSides(m)) && !(agent && agent !== byAgent && m.span.start < agent.span.end && !victim(m, text, off)));
  // Prefer a real phrase over a bare demonym ("an Israeli target" only when nothing better is said).
  const target = upgrade(targets.find((m) => !bareNationality(m)) ?? targets[0] ?? null, actors, text, off);
  // "Russian and Ukrainian forces clashed", "M23 rebels and Congolese troops clashed": the second of two
  // coordinated subjects is the other side.
  const partner = agent ? before.find((m) => m.span.start > agent!.span.end && (m.named || m.countryStated) && m.actor.name !== agent!.actor.name && (m.actor.country !== agent!.actor.country || trigger.mode === 'clash') && /^\s*(?:[a-z]+\s+)?and\s+(?:the\s+)?$/i.test(text.slice(agent!.span.end - off, m.span.start - off))) : undefined;
  // In a clash the other subject is the other side, whoever was caught in it ("eight civilians killed in the crossfire").
  // An interception's other side is the launcher named before the interceptor ("Russia launched … air defences shot down").
  const launcher = trigger.mode === 'disrupted' && agent && !target
    ? before.filter((m) => m.span.end <= agent!.span.start && (m.named || m.countryStated) && m.actor.country !== agent!.actor.country && canAct(m, trigger) && !speaker(m, text, off)).pop()
    : undefined;
  const other = (partner && (!target || (trigger.mode === 'clash' && target.actor.kind === 'civilians')) ? partner : target ?? launcher) ?? null;
  // "Palestinian militants clashed with troops and Hamas launched a missile at a helicopter": the
  // one named group of the same country that is the subject of the next act names the militants.
  let named: ActorMention | null = null;
  if (agent && !agent.named && agent.actor.kind === 'unidentified_armed_group') {
    const a = agent;
    const subjects = actors.filter((m) => m.named && NAMED_GROUPS.includes(m.actor.kind) && m.span.start > a.span.end
      && (!a.actor.country || m.actor.country === a.actor.country) && /\band\s+$/i.test(text.slice(Math.max(0, m.span.start - off - 6), m.span.start - off))
      && s.mentions.triggers.some((t) => !t.unreal && t.span.start >= m.span.end && t.span.start - m.span.end <= 40 && !/[,;.]/.test(text.slice(m.span.end - off, t.span.start - off))));
    if (subjects.length && subjects.every((m) => m.actor.name === subjects[0]!.actor.name)) named = subjects[0]!;
  }
  // (Swapped in last: who the target is was read around the generic phrase, where the text put it.)
  return { agent: named ?? agent, target: other && (other.actor.name !== agent?.actor.name || twoSides(other)) && other.actor.name !== named?.actor.name ? other : null };
}

/** Roles in a note whose only trigger is its label: "<label>: <date>, <agent> <did something> <to target>". */
export function labelRoles(s: AnalysedSentence, label: TriggerMention): Roles {
  const after = s.mentions.actors.filter((m) => m.span.start >= label.span.end);
  const agent = after.find((m) => m.roleHint !== 'target') ?? null;
  const target = after.find((m) => m !== agent && m.roleHint !== 'agent' && (!agent || m.span.start > agent.span.end)) ?? null;
  return { agent, target };
}
