/**
 * Turn a candidate (grouped sentences and their mentions) into an event with every field's
 * provenance. Each field comes from one small decision below; `rule` names it for `explain`.
 */
import { eventTypeOf, type ActorKind, type ExtractedEvent, type Field, type Weapon } from '../../core/types.ts';
import type { Ctx } from '../../core/context.ts';
import { dayNumber } from '../../dedupe/dates.ts';
import type { ActorMention, CasualtyMention, DateMention, TriggerMention } from '../mentions.ts';
import { realTriggers, stale, type AnalysedSentence, type Candidate } from './candidates.ts';
import { certaintyOf, claimsOf } from './claims.ts';
import { ARMED, decideSubEventType, type TypeDecision } from './event-type.ts';
import { field, placeOf, qualify, STAGE } from './field.ts';
import { isLabel, mainTrigger } from './main-trigger.ts';
import { datelineLength } from './dateline.ts';
import { choosePlace } from './place-choice.ts';
import { assignRoles, isSpeaker, labelRoles } from './roles.ts';


/**
 * The first date written out in `ss` to the day, else the first one (a month written out only
 * before a relative week or month); a dateline's date, the day a source spoke ("…, police said on
 * Friday") or a bare year only when there is no other (`weak`).
 */
function firstDate(ss: AnalysedSentence[]): { d: DateMention; weak: boolean } | undefined {
  let told: DateMention | undefined;
  let month: DateMention | undefined;
  let any: DateMention | undefined;
  for (const s of ss) {
    for (const d of s.mentions.dates) {
      any ??= d;
      // A bare year ("in 2019") says least: any other date of the sentences wins.
      if (inDateline(s, d) || spokenOn(s, d) || d.rule === 'date/bare-year') continue;
      // A month written out ("the second attack on the post in August") yields to a day told relatively ("on Saturday").
      if (!d.relative && d.precision === 'month') month ??= d;
      else if (!d.relative) return { d, weak: false };
      else told ??= d;
    }
  }
  const best = told && (told.precision === 'day' || !month) ? told : month ?? told;
  return best ? { d: best, weak: false } : any ? { d: any, weak: true } : undefined;
}

/** "police said on Friday", "told reporters on Friday": the day the source spoke, not the event's. */
const SPOKEN_BEFORE = /\b(?:said|says|told(?:\s+[\w.]+){1,3}|announced|reported|confirmed|added|stated|claimed(?: responsibility| credit)?|wrote|posted|(?:said|announced) in a statement)\s+$/i;
const spokenOn = (s: AnalysedSentence, d: DateMention): boolean =>
  SPOKEN_BEFORE.test(s.sentence.text.slice(Math.max(0, d.span.start - s.sentence.start - 40), d.span.start - s.sentence.start));

/** "KHARTOUM, Aug 20 (Reuters) - …": the date a report was filed, not necessarily the event's. */
function inDateline(s: AnalysedSentence, d: DateMention): boolean {
  return d.span.end - s.sentence.start <= datelineLength(s.sentence.text);
}

/** The last day of `date`'s month (`YYYY-MM-DD`), or null. */
const monthEnd = (date: string | null): string | null =>
  date === null ? null : new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0)).toISOString().slice(0, 10);

function chooseDate(c: Candidate, ctx: Ctx): Pick<ExtractedEvent, 'date' | 'datePrecision'> {
  // The date said with the event itself first; a detail sentence's date only when it has none.
  // A dateline's or a source's day ("police said on Friday") only when no sentence dates the event itself.
  const said = firstDate(c.triggerSentences);
  const detail = said && !said.weak ? undefined : firstDate(c.detailSentences);
  const d = (said && !said.weak ? said : detail && !detail.weak ? detail : said ?? detail)?.d;
  if (d) return { date: field<string | null>(d.date, d.span, d.rule), datePrecision: d.precision };
  if (c.background || !ctx.refDate) return { date: field<string | null>(null, null, c.background ? 'date/background-undated' : 'date/no-reference'), datePrecision: 'unknown' };
  return { date: field<string | null>(ctx.refDate, null, 'date/article-date', 'inferred'), datePrecision: 'day' };
}

/** A claim cue that claims an act: responsibility, or a verb of one within the clause after it. */
const CLAIMS_ACT = /^[^.;]{0,60}?\b(?:responsibility|credit|kill(?:ed|ing)?|carried out|attack(?:ed)?|target(?:ed)?|struck|hit|fired|launched|shot|downed|bomb(?:ed|ing)|shell(?:ed|ing)|destroyed|ambush(?:ed)?|raided|seized|captured|detonated|planted|abducted|kidnapped|executed)\b/i;

/** Followers of a group are a crowd ("Houthi supporters rallied"), not the group: the word before the trigger. */
const SUPPORTERS = /\b(?:supporters|loyalists|followers|sympathi[sz]ers|partisans)\b/gi;

function supporters(a: AnalysedSentence, trigger: TriggerMention): ActorMention | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of a.sentence.text.matchAll(SUPPORTERS)) if (a.sentence.start + m.index + m[0].length <= trigger.span.start) last = m as RegExpExecArray;
  if (!last) return undefined;
  const start = a.sentence.start + last.index;
  return { span: { start, end: start + last[0].length }, actor: { name: 'Civilians (?)', kind: 'civilians', country: null }, named: false, roleHint: 'agent', countryStated: false, rule: 'crowd/supporters' };
}

/** "Thousands rallied in Tel Aviv": a protest names no crowd, yet has one (the quantity, else the verb). */
function impliedCrowd(a: AnalysedSentence, trigger: TriggerMention): ActorMention {
  const q = /\b(?:thousands|hundreds|dozens|scores|tens of thousands|hundreds of thousands)\b/i.exec(a.sentence.text.slice(0, trigger.span.start - a.sentence.start));
  const span = q ? { start: a.sentence.start + q.index, end: a.sentence.start + q.index + q[0].length } : trigger.span;
  return { span, actor: { name: 'Civilians (?)', kind: 'civilians', country: null }, named: false, roleHint: 'agent', countryStated: false, rule: 'crowd/implied' };
}

function chooseWeapon(c: Candidate, main: TriggerMention, crowd: boolean): Field<Weapon> | null {
  // "Protesters clashed with police": a crowd's clash says nothing of guns (the clash row's firearm).
  const ts = c.triggerSentences.flatMap(realTriggers).filter((t) => t.weapon && !(crowd && t.mode === 'clash'));
  // The more specific instrument wins: a drone over a generic air attack; for an interception, the
  // thing intercepted (drone, missile, rocket), not the interceptor.
  const drone = main.subEventType === 'Air/drone strike' ? ts.find((t) => t.weapon === 'drone')
    : main.mode === 'disrupted' ? ts.find((t) => t.weapon === 'drone' || t.weapon === 'missile' || t.weapon === 'rocket') : undefined;
  const t = drone ?? (main.weapon && !(crowd && main.mode === 'clash') ? main : ts.sort((a, b) => b.weight - a.weight)[0]);
  return t ? field(t.weapon!, t.span, t.rule) : null;
}

/** The agent's own words naming guns that fire shells. */
const GUNS = /\b(?:tanks?|artillery|howitzers?|mortars?)\b/i;

/** The report says people were killed (or hurt): a figure above zero, or a mention with no figure ("leaving injuries"). */
const someoneHurt = (f: Field<number | null>): boolean => (f.value ?? 0) > 0 || (f.value === null && f.rule !== 'casualty/not-mentioned');

const casualtiesOf = (ss: AnalysedSentence[], kind: 'killed' | 'injured') => ss.flatMap((s) => s.mentions.casualties).filter((m) => m.kind === kind);

/** The largest figure; else a stated zero; else the first (a count with no number). */
const largest = (ms: CasualtyMention[]) =>
  ms.filter((m) => m.count !== null && m.count > 0).sort((a, b) => b.count! - a.count!)[0] ?? ms.find((m) => m.count === 0) ?? ms[0];

/**
 * Casualties: an explicit override anywhere wins; else a death toll higher than the figures said
 * with the event itself (its trigger sentences); else those figures; else those of its detail
 * sentences. Within one group the largest figure wins, since later sentences usually break the
 * same toll down ("two of them were children").
 */
function count(c: Candidate, kind: 'killed' | 'injured'): Field<number | null> {
  const all = casualtiesOf([...c.triggerSentences, ...c.detailSentences], kind);
  const said = largest(casualtiesOf(c.triggerSentences, kind));
  // "The death toll later rose to 31": a toll is the running total, so a higher one anywhere wins.
  const toll = largest(all.filter((m) => m.rule.startsWith('casualty/death-toll')));
  const override = all.find((m) => m.authoritative)
    ?? (toll && toll.count !== null && (!said || said.count === null || toll.count > said.count) ? toll : undefined);
  const detail = largest(casualtiesOf(c.detailSentences, kind));
  // A figure given later beats people hurt with no figure ("resulting in injuries. Two were wounded…").
  const pick = override ?? (said?.count === null && detail && detail.count !== null ? detail : said) ?? detail;
  if (!pick) return field<number | null>(null, null, 'casualty/not-mentioned', 'inferred');
  // Not across a report of another fight ("…, while troops killed five militants in a separate operation").
  const separate = () => [...c.triggerSentences, ...c.detailSentences].some((s) => SEPARATE.test(s.sentence.text));
  const other = override || kind !== 'killed' ? undefined : otherSide(pick, all);
  if (other && !separate()) return field(pick.count! + other.count!, pick.span, `${pick.rule}+${other.rule}:sum-of-sides`);
  return field(pick.count, pick.span, pick.rule);
}

/** A report that tells another fight besides ("in a separate operation", "elsewhere"). */
const SEPARATE = /\b(?:separate(?:ly)?|elsewhere|another)\b/i;

/** The two sides of a fight, told apart by who died ("18 soldiers", "40 assailants"). */
const STATE_DEAD = /^(?:soldiers?|troops|officers?|policem[ae]n|gendarmes?|servicem[ae]n|personnel|recruits|sailors?|marines?|pilots?|paratroopers|reservists|guards?|peacekeepers?)$/i;
const ARMED_DEAD = /^(?:militiam[ae]n|jihadists?|separatists?|fighters?|militants?|combatants?|insurgents?|rebels?|gunmen|attackers?|assailants?|terrorists?|bandits?)$/i;
const sideOf = (m: CasualtyMention): 'state' | 'armed' | null =>
  m.victim === null ? null : STATE_DEAD.test(m.victim) ? 'state' : ARMED_DEAD.test(m.victim) ? 'armed' : null;

/**
 * The dead of the other side, when the figure chosen counts one side of a fight and the report
 * counts the other's too ("killing 18 soldiers … 40 assailants were neutralised"): ACLED's
 * fatalities are everyone the event killed. Only state forces against an armed group, each side
 * named by its own noun, so a subset ("10 people, including 4 soldiers") is never added twice.
 */
function otherSide(pick: CasualtyMention, all: CasualtyMention[]): CasualtyMention | undefined {
  const side = sideOf(pick);
  if (!side || pick.count === null) return undefined;
  return largest(all.filter((m) => m.count !== null && m.count > 0 && sideOf(m) !== null && sideOf(m) !== side));
}

/** The roles of the first later verb of the sentence that has an agent other than `target` (none or one). */
function laterAgent(s: AnalysedSentence, verb: TriggerMention, target: ActorMention | null): ReturnType<typeof assignRoles>[] {
  for (const t of realTriggers(s)) {
    if (t === verb || t.span.start <= verb.span.end) continue;
    const r = assignRoles(s, t);
    if (r.agent && r.agent.actor.name !== target?.actor.name) return [r];
  }
  return [];
}

/** Non-state armed groups that tell of their own operations. */
const NAMED_ARMED: ActorKind[] = ['rebel_group', 'political_militia', 'identity_militia'];

/** "blamed the attack on the", "attributed the killings to", "blamed the": a named group after this was named as the perpetrator. */
const BLAMED_BEFORE = /\b(?:blamed|blames|blaming)\s+(?:the\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,2}?on\s+(?:the\s+)?$|\b(?:attributed|attributes)\s+(?:the\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,2}?to\s+(?:the\s+)?$|\b(?:blamed|blames|blaming|accused|accuses|accusing)\s+(?:the\s+)?$/i;

/** Remote weapons fired from the ground, which an exchange of direct fire makes part of a battle. */
const GROUND_REMOTE = new Set<string>(['Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade']);

/**
 * Mortars, anti-tank rounds or IEDs used between two armed sides, when the report also tells of
 * direct fire (sniping, shooting, opening fire) in the same event, are an armed clash: ACLED
 * codes an engagement in which either side uses direct fire as a battle, whatever else was fired
 * ("the group sniped a soldier and fired mortar rounds at troops"). From the air it stays a strike.
 */
function withDirectFire(c: Candidate, type: TypeDecision, agent: ActorKind | null, target: ActorKind | null): TypeDecision {
  if (!GROUND_REMOTE.has(type.subEventType) || !agent || !target || !ARMED.includes(agent) || !ARMED.includes(target)) return type;
  const direct = c.triggerSentences.some((s) => realTriggers(s).some((t) => t.mode === 'direct' && t.weapon === 'firearm'));
  return direct ? { subEventType: 'Armed clash', rule: `${type.rule}+direct-fire` } : type;
}

/** Resolve one candidate into an event. `articleCountry` qualifies generic actors with no place. */
export function resolveEvent(c: Candidate, index: number, ctx: Ctx, articleCountry: string | null): ExtractedEvent {
  const { trigger, sentence } = mainTrigger(c);
  // A note label ("Property destruction: …") names the kind of event; who did what to whom is told by
  // the verb after it, or by the order of the actors when there is no verb we know.
  const label = isLabel(trigger, sentence);
  const verb = label ? realTriggers(sentence).filter((t) => t !== trigger).sort((a, b) => b.weight - a.weight)[0] ?? trigger : trigger;
  const roles = label && verb === trigger ? labelRoles(sentence, trigger) : assignRoles(sentence, verb);
  // Agent missing in the main sentence ("a drone was used"): take it from the other trigger sentences.
  const others = roles.agent && roles.target ? [] : [
    // The sentence's other verbs first: "In the deadliest attack on the army, militants killed 12 soldiers".
    ...(roles.agent ? [] : laterAgent(sentence, verb, roles.target)),
    ...c.triggerSentences.map((s) => assignRoles(s, realTriggers(s)[0]!)),
  ];
  // An interception's agent is the interceptor: whoever launched what was stopped, told in another
  // sentence ("The Houthis fired a missile… The military said the missile was intercepted"), is its target.
  const disrupted = trigger.mode === 'disrupted';
  const agent = roles.agent ?? (disrupted ? null : others.map((r) => r.agent).find(Boolean)) ?? null;
  // "X said it intercepted / most were shot down": whoever reports an interception is the interceptor.
  // The nearest one named before it ("Hezbollah fired rockets…, the Israeli military said, adding that most were intercepted").
  // Not what was stopped ("Indian drones were shot down"): then the one reporting it after the fact ("…, the Pakistani army said").
  const named = sentence.mentions.actors.filter((m) => (m.named || m.countryStated) && m.span.end <= trigger.span.start && m !== roles.target);
  // Failing a named one, an unnamed military reporting it ("…, the military said, adding that one was intercepted"),
  // of the country where it happened.
  const reporter = () => {
    const speakers = sentence.mentions.actors.filter((m) => m !== roles.target && isSpeaker(m, sentence));
    return speakers.find((m) => (m.named || m.countryStated) && m.span.start >= trigger.span.end && m.actor.name !== roles.target?.actor.name)
      ?? speakers.find((m) => m.actor.kind === 'state_forces');
  };
  const interceptor = !agent && disrupted ? named[named.length - 1] ?? reporter() ?? null : null;
  const doer = agent ?? interceptor;
  const place = choosePlace(c);
  // Generic actors take the event's country: where it happened, else the article's, else the named agent's (Hezbollah's rockets on an unknown village of a report about Israel fell in Israel).
  const country = place?.place.country ?? articleCountry ?? (agent?.named ? agent.actor.country : null);
  // Another actor than the doer, once both are qualified ("One soldier" is the doer's own side when it is "Pakistani forces").
  const nameIn = (m: ActorMention): string => (m.actor.name.includes('?') ? qualify(m, country)!.value.name : m.actor.name);
  const doerName = doer ? nameIn(doer) : null;
  const other = (a: ActorMention | null | undefined): a is ActorMention => !!a && (doerName === null || nameIn(a) !== doerName);
  // (The sentence's own target stands even when it shares the agent's name: "clashes between Druze gunmen and Bedouin fighters".)
  // What was stopped belongs to whoever launched it: a named launcher ("Iran launched 300 drones … most
  // were intercepted") before an unnamed one ("the drones").
  const launcher = disrupted && roles.target && !roles.target.named && !roles.target.countryStated
    ? [...others.map((r) => r.agent), ...named].find((a): a is ActorMention => other(a) && (a.named || a.countryStated)) : undefined;
  // …but with the agent taken from another sentence, a target of the agent's own name is one of its
  // own casualties ("Pakistani forces killed six militants … One soldier was killed in the exchange of fire").
  const target = launcher ?? (roles.target && ((roles.agent && !disrupted) || other(roles.target)) ? roles.target : null)
    ?? (disrupted ? [...others.map((r) => r.agent), ...named].find(other) : undefined)
    ?? others.map((r) => r.target).find(other)
    // A fight told by the side that held ("Russian forces attacked the village. Troops repelled the
    // assault"): the side that attacked in the other sentence is the one it fought.
    ?? (trigger.mode === 'clash' ? others.map((r) => r.agent).find(other) : undefined) ?? null;
  let actor1 = qualify(agent ?? interceptor, country);
  let actor2 = qualify(target, country);
  const foreign = !!actor1?.value.country && !!place && actor1.value.kind !== 'external_force' && actor1.value.country !== place.place.country;
  // What met a protest is often told in the next sentence ("The gathering was dispersed by…").
  const typeText = trigger.mode === 'protest' ? [...c.triggerSentences, ...c.detailSentences].map((s) => s.sentence.text).join(' ') : sentence.sentence.text;
  let type = withDirectFire(c, decideSubEventType(trigger, actor1?.value.kind ?? null, actor2?.value.kind ?? null, typeText, foreign),
    actor1?.value.kind ?? null, actor2?.value.kind ?? null);
  // "Tanks positioned at the junction opened fire toward the houses": fire from tanks or guns at no
  // armed side is shelling, whatever verb says it.
  const gunner = trigger.mode === 'direct' && type.subEventType === 'Attack' && agent ? GUNS.exec(ctx.article.text.slice(agent.span.start, agent.span.end)) : null;
  if (gunner) type = { subEventType: 'Shelling/artillery/missile attack', rule: `${type.rule}+gun-agent` };
  if (eventTypeOf(type.subEventType) === 'Protests' || eventTypeOf(type.subEventType) === 'Riots') {
    // The crowd is actor1 of a protest; the force that met it, if any, actor2 (ACLED's convention).
    const phrases = c.triggerSentences.flatMap((s) => s.mentions.actors);
    const people = phrases.find((m) => m.actor.kind === 'protesters' || m.actor.kind === 'rioters')
      ?? phrases.find((m) => m.actor.kind === 'civilians' && m.span.end <= trigger.span.start)
      ?? supporters(sentence, trigger)
      ?? impliedCrowd(sentence, trigger);
    // "300 people demonstrated", "Houthi supporters rallied": the crowd are the protesters (the
    // group they support is not the actor of a rally).
    const crowd = people && people.actor.kind !== 'protesters' && people.actor.kind !== 'rioters'
      ? { ...people, actor: { name: `Protesters (${country ?? '?'})`, kind: 'protesters' as const, country }, rule: `${people.rule} crowd-as-protesters` }
      : people;
    // The force that met the crowd, not the one reporting it ("…, police said").
    // Police or troops first; else an armed group that acts as the authority (the Taliban, before branches make them the state's forces).
    const forces = [...c.triggerSentences, ...c.detailSentences].flatMap((s) => s.mentions.actors.filter((m) => ARMED.includes(m.actor.kind) && !isSpeaker(m, s)));
    const armed = forces.find((m) => m.actor.kind === 'police' || m.actor.kind === 'state_forces') ?? forces.find((m) => m.named && m.actor.kind !== 'unidentified_armed_group');
    const force = armed ? qualify(armed, country) : [actor1, actor2].find((a) => a && (a.value.kind === 'police' || a.value.kind === 'state_forces')) ?? null;
    // A crowd that turned violent is coded as rioters ("Rioters (Kenya)"), however the report calls it.
    const rioting = crowd && eventTypeOf(type.subEventType) === 'Riots' && crowd.actor.kind === 'protesters'
      ? { ...crowd, actor: { name: `Rioters (${country ?? '?'})`, kind: 'rioters' as const, country }, rule: `${crowd.rule} violent-crowd-as-rioters` }
      : crowd;
    if (rioting) [actor1, actor2] = [qualify(rioting, country), type.subEventType === 'Peaceful protest' ? null : force];
  }
  if (eventTypeOf(type.subEventType) === 'Battles' && actor2?.value.kind === 'civilians') {
    // A battle is fought between armed groups: the people it killed are casualties, not a side.
    // "Clashes between rival militias": both sides are that group.
    const rival = !!actor1?.span && /\b(?:between|among)\s+(?:the\s+)?(?:two\s+)?rival\s+[\w -]+$/i.test(ctx.article.text.slice(Math.max(0, actor1.span.start - 40), actor1.span.end));
    actor2 = rival ? { ...actor1!, rule: `${actor1!.rule} battle/rival-groups`, basis: 'inferred' } : null;
  }
  // "Russian troops have withdrawn from two villages", "entered the villages without a fight": a force
  // changing what it does, or taking ground unopposed, has no civilian counterpart.
  if ((type.subEventType === 'Change to group/activity' || type.subEventType === 'Non-violent transfer of territory') && actor2?.value.kind === 'civilians') actor2 = null;
  const fatalities = count(c, 'killed');
  const injured = count(c, 'injured');
  if (type.subEventType === 'Looting/property destruction' && ((fatalities.value ?? 0) > 0 || (injured.value ?? 0) > 0) && (!actor2 || actor2.value.kind === 'civilians')) {
    // Burning homes and hurting the people in them is violence against them (ACLED codes an attack).
    type = { subEventType: 'Attack', rule: `${type.rule}+people-hurt` };
  }
  const victimsAreCivilians = eventTypeOf(type.subEventType) === 'Explosions/Remote violence' || type.subEventType === 'Mob violence';
  if (!actor2 && victimsAreCivilians && country && (someoneHurt(fatalities) || someoneHurt(injured))) {
    // People were hurt by remote violence or a mob and the report names no armed target: ACLED codes the victims as civilians.
    actor2 = field({ name: `Civilians (${country})`, kind: 'civilians', country }, fatalities.span ?? injured.span, type.subEventType === 'Mob violence' ? 'actor2/victims-of-mob-violence' : 'actor2/victims-of-remote-violence', 'inferred');
  }
  const claims = claimsOf(c, country, actor1?.value.name ?? null);
  // A drone or warplane nobody is said to own ("Military Forces", no country) names no one either.
  const unowned = !!actor1 && actor1.value.country === null && (agent ?? interceptor)?.ownerFromContext === false;
  if (!actor1 || actor1.value.kind === 'unidentified_armed_group' || unowned) {
    // "Al-Shabaab claimed responsibility": with no agent in the report, or only an unnamed one
    // ("suspected jihadists ambushed…"), the claimant is the actor, as ACLED codes claimed attacks.
    // Only a claim of an act ("claimed responsibility", "said it had killed"): "said it was investigating" claims nothing done.
    const claimer = c.triggerSentences.concat(c.detailSentences).flatMap((s) => s.mentions.cues.filter((q) => q.role === 'claimed' && CLAIMS_ACT.test(s.sentence.text.slice(q.span.start - s.sentence.start, q.span.start - s.sentence.start + 80))).map((q) => ({ s, q })))
      .map(({ s, q }) => s.mentions.actors.filter((m) => m.named && m.span.end <= q.span.start).pop()).find(Boolean);
    // "Fighters destroyed two tanks …, the Qassam Brigades said": a named armed group telling what
    // unnamed fighters did tells its own operation.
    const teller = !claimer && actor1?.value.kind === 'unidentified_armed_group'
      ? c.triggerSentences.flatMap((s) => s.mentions.cues.filter((q) => q.rule === 'attribution/said')
        .map((q) => s.mentions.actors.filter((m) => m.named && NAMED_ARMED.includes(m.actor.kind) && m.span.end <= q.span.start && q.span.start - m.span.end <= 2).pop())).find(Boolean)
      : undefined;
    if (claimer && claimer.actor.name !== actor2?.value.name) actor1 = { ...qualify(claimer, country)!, rule: `${claimer.rule} actor/claimed-responsibility`, basis: 'inferred' };
    else if (teller && teller.actor.name !== actor2?.value.name && (!actor1!.value.country || teller.actor.country === actor1!.value.country)) {
      actor1 = { ...qualify(teller, country)!, rule: `${teller.rule} actor/told-own-operation`, basis: 'inferred' };
    } else {
      // "The ministry blamed the attack on the Islamic State": the group a source names as the
      // perpetrator, tagged `actor/blamed-on` and inferred (the evidence span is the blamed name).
      const blamed = c.triggerSentences.concat(c.detailSentences).flatMap((s) => s.mentions.actors.filter((m) => (m.named || m.rule === 'country-name-blamed') && BLAMED_BEFORE.test(s.sentence.text.slice(0, m.span.start - s.sentence.start))))[0];
      if (blamed && blamed.actor.name !== actor2?.value.name) actor1 = { ...qualify(blamed, country)!, rule: `${blamed.rule} actor/blamed-on`, basis: 'inferred' };
    }
  }
  const when = chooseDate(c, ctx);
  ctx.trace(STAGE, () => `event ${index}: trigger "${ctx.article.text.slice(trigger.span.start, trigger.span.end)}" (${trigger.rule}) → ${type.subEventType} [${type.rule}]`);
  return {
    index,
    ...when,
    // An event dated more than STALE_DAYS before the article is told as background ("The camp was
    // also shelled in February, when dozens were killed" in a March report), however it is worded.
    // (In the article's lead, a month is as recent as its last day: "… last month, the UN said" in a
    // report of 5 November is its news; "The camp was also shelled in February" later on is context.)
    background: c.background || stale(when.datePrecision === 'month' && c.triggerSentences[0]?.sentence.index === 0 ? monthEnd(when.date.value) : when.date.value, ctx.refDate),
    eventType: field(eventTypeOf(type.subEventType), trigger.span, type.rule),
    subEventType: field(type.subEventType, trigger.span, `${trigger.rule} ${type.rule}`),
    actor1,
    actor2,
    place: place && field(placeOf(place.place), place.mention.span, place.rule),
    // A peaceful protest has no weapon: "rallied against the air strikes" names the grievance.
    weapon: type.subEventType === 'Peaceful protest' ? null
      : gunner && agent ? field<Weapon>('artillery', { start: agent.span.start + gunner.index, end: agent.span.start + gunner.index + gunner[0].length }, 'weapon/gun-agent')
      : chooseWeapon(c, trigger, ['Protests', 'Riots'].includes(eventTypeOf(type.subEventType))),
    fatalities,
    injured,
    claims,
    certainty: certaintyOf(c, claims, actor1?.value.name ?? null),
    sentences: [...c.triggerSentences, ...c.detailSentences].map((s) => ({ start: s.sentence.start, end: s.sentence.end })).sort((a, b) => a.start - b.start),
  };
}
