/**
 * Turn a candidate (grouped sentences and their mentions) into an event with every field's
 * provenance. Each field comes from one small decision below; `rule` names it for `explain`.
 */
import { eventTypeOf, type Actor, type Certainty, type Claim, type ExtractedEvent, type Field, type Span, type Weapon } from '../../core/types.ts';
import type { Ctx } from '../../core/context.ts';
import type { ActorMention, CertaintyCue, TriggerMention } from '../mentions.ts';
import { realTriggers, type AnalysedSentence, type Candidate } from './candidates.ts';
import { decideSubEventType } from './event-type.ts';
import { choosePlace } from './place-choice.ts';
import { assignRoles } from './roles.ts';

const STAGE = 'resolve';
const field = <T>(value: T, span: Span | null, rule: string, basis: 'stated' | 'inferred' = 'stated'): Field<T> => ({ value, span, stage: STAGE, rule, basis });

const VIOLENT = ['remote', 'direct', 'clash'];

/**
 * The heaviest trigger, except: a protest stays a protest when force met it (the force is its
 * intervention), and when people were killed, violence outranks what came with it ("attacked the
 * village, killing 7 and looting livestock" is an attack, not looting).
 */
function mainTrigger(c: Candidate): { trigger: TriggerMention; sentence: AnalysedSentence } {
  let best: { trigger: TriggerMention; sentence: AnalysedSentence } | null = null;
  const all = c.triggerSentences.flatMap(realTriggers);
  const crowd = all.some((t) => t.mode === 'protest' || t.mode === 'riot');
  const deadly = !crowd && all.some((t) => VIOLENT.includes(t.mode)) &&
    c.triggerSentences.some((s) => s.mentions.casualties.some((m) => m.kind === 'killed' && (m.count ?? 0) > 0));
  for (const s of c.triggerSentences) {
    for (const t of realTriggers(s)) {
      if (crowd && t.mode !== 'protest' && t.mode !== 'riot') continue;
      if (deadly && !VIOLENT.includes(t.mode)) continue;
      if (!best || t.weight > best.trigger.weight) best = { trigger: t, sentence: s };
    }
  }
  // Several instruments in one report ("Israeli UAVs and artillery shelled…"): the first one named is
  // the event's, as coders read it, unless a heavier class (clash, suicide bomb, chemical) is present.
  if (best && best.trigger.mode === 'remote' && best.trigger.weight < 10) {
    const head = c.triggerSentences.find((s) => realTriggers(s).some((t) => t.mode === 'remote' && t.weight >= 5));
    const first = head && realTriggers(head).find((t) => t.mode === 'remote' && t.weight >= 5);
    if (first) best = { trigger: first, sentence: head! };
  }
  return best!;
}

function qualify(m: ActorMention | null, country: string | null): Field<Actor> | null {
  if (!m) return null;
  const actor = m.actor.name.includes('(?)') || m.actor.name.endsWith(' of ?')
    ? { ...m.actor, country, name: country ? m.actor.name.replace('?', country) : m.actor.name.replace(/ \(\?\)| of \?/, '') }
    : m.actor;
  return field(actor, m.span, m.rule, m.countryStated || m.named ? 'stated' : 'inferred');
}

function chooseDate(c: Candidate, ctx: Ctx): Pick<ExtractedEvent, 'date' | 'datePrecision'> {
  // The date said with the event itself first; a detail sentence's date only when it has none.
  const pick = (ss: AnalysedSentence[]) => {
    const all = ss.flatMap((s) => s.mentions.dates);
    return all.find((x) => !x.relative) ?? all[0];
  };
  const d = pick(c.triggerSentences) ?? pick(c.detailSentences);
  if (d) return { date: field<string | null>(d.date, d.span, d.rule), datePrecision: d.precision };
  if (c.background || !ctx.refDate) return { date: field<string | null>(null, null, c.background ? 'date/background-undated' : 'date/no-reference'), datePrecision: 'unknown' };
  return { date: field<string | null>(ctx.refDate, null, 'date/article-date', 'inferred'), datePrecision: 'day' };
}

function chooseWeapon(c: Candidate, main: TriggerMention): Field<Weapon> | null {
  const ts = c.triggerSentences.flatMap(realTriggers).filter((t) => t.weapon);
  // The more specific instrument wins: a drone over a generic air attack; for an interception, the
  // thing intercepted (drone, missile, rocket), not the interceptor.
  const drone = main.subEventType === 'Air/drone strike' ? ts.find((t) => t.weapon === 'drone')
    : main.mode === 'disrupted' ? ts.find((t) => t.weapon === 'drone' || t.weapon === 'missile' || t.weapon === 'rocket') : undefined;
  const t = drone ?? (main.weapon ? main : ts.sort((a, b) => b.weight - a.weight)[0]);
  return t ? field(t.weapon!, t.span, t.rule) : null;
}

/**
 * Casualties: an explicit override anywhere wins; else the figures said with the event itself (its
 * trigger sentences), else those of its detail sentences. Within one group the largest figure wins,
 * since later sentences usually break the same toll down ("two of them were children").
 */
function count(c: Candidate, kind: 'killed' | 'injured'): Field<number | null> {
  const of = (ss: AnalysedSentence[]) => ss.flatMap((s) => s.mentions.casualties).filter((m) => m.kind === kind);
  const all = of([...c.triggerSentences, ...c.detailSentences]);
  const pickFrom = (ms: typeof all) =>
    ms.filter((m) => m.count !== null && m.count > 0).sort((a, b) => b.count! - a.count!)[0] ?? ms.find((m) => m.count === 0) ?? ms[0];
  const pick = all.find((m) => m.authoritative) ?? pickFrom(of(c.triggerSentences)) ?? pickFrom(of(c.detailSentences));
  return pick ? field(pick.count, pick.span, pick.rule) : field<number | null>(null, null, 'casualty/not-mentioned', 'inferred');
}

function labelRoles(s: AnalysedSentence, label: TriggerMention): ReturnType<typeof assignRoles> {
  const after = s.mentions.actors.filter((m) => m.span.start >= label.span.end);
  const agent = after.find((m) => m.roleHint !== 'target') ?? null;
  const target = after.find((m) => m !== agent && m.roleHint !== 'agent' && (!agent || m.span.start > agent.span.end)) ?? null;
  return { agent, target };
}

/**
 * Who makes a claim: the nearest actor before the cue in its clause; else the clause's subject as
 * written ("Moscow's defence ministry", "the regional governor"); else, for a hedge, nobody named.
 */
const ANAPHOR = /^\s*(?:the (?:group|militia|movement|organi[sz]ation|faction|rebels|militants)|it|they)\b/i;

function claimantOf(s: AnalysedSentence, cue: CertaintyCue, country: string | null, agent: string | null, earlier: string | null): string {
  const cueStart = cue.span.start;
  const rel = cueStart - s.sentence.start;
  if (cue.rule === 'attribution/according-to') {
    const named = s.mentions.actors.find((a) => a.span.start > cueStart && a.span.start - cueStart < 20);
    if (named) return qualify(named, country)!.value.name;
    const m = /^according to\s+(?:the\s+)?([^,;.]{2,60})/i.exec(s.sentence.text.slice(rel));
    if (m) return m[1]!.trim();
  }
  if (agent && ANAPHOR.test(s.sentence.text)) return agent;
  const clauseStart = s.sentence.start + Math.max(0, s.sentence.text.slice(0, rel).search(/[^,;:]*$/));
  // Generic phrases without a nationality ("its troops") are not claimants: they would take the
  // event's country, which is the wrong side as often as not.
  const before = s.mentions.actors.filter((m) => m.span.end <= cueStart && m.span.start >= clauseStart - 1 && m.roleHint !== 'target' && (m.named || m.countryStated));
  if (before.length) return qualify(before[before.length - 1]!, country)!.value.name;
  // A hedge ("could not be verified", "reports suggest") names no source unless an actor is given.
  const hedge = cue.role === 'reported' && !cue.rule.startsWith('attribution/');
  const subject = s.sentence.text.slice(clauseStart - s.sentence.start, rel).replace(/^\s*(?:the|a|an|and|but|while)\s+/i, '').trim();
  if (!hedge && subject && subject.split(/\s+/).length <= 6 && /^[\p{L}'’ -]+$/u.test(subject) && !/^(?:reports?|it|this|that)$/i.test(subject)) return subject;
  // "X said … and denied …": the second verb shares the first one's subject.
  if (earlier) return earlier;
  return hedge || cue.role === 'reported' ? 'unattributed reports' : 'unnamed source';
}

function claimsOf(c: Candidate, country: string | null, agent: string | null): Claim[] {
  const out: Claim[] = [];
  for (const s of [...c.triggerSentences, ...c.detailSentences]) {
    let earlier: string | null = null;
    for (const cue of s.mentions.cues) {
      const claimant = claimantOf(s, cue, country, agent, earlier);
      if (claimant !== 'unattributed reports' && claimant !== 'unnamed source') earlier = claimant;
      // "…, the governor said." reports what comes before the cue; other cues introduce what follows.
      const rel = cue.span.end - s.sentence.start;
      const statement = (cue.rule === 'attribution/said' ? s.sentence.text.slice(0, cue.span.start - s.sentence.start).replace(/,[^,]*$/, '') : s.sentence.text.slice(rel))
        .replace(/^[\s,:]+/, '').slice(0, 240);
      out.push({ role: cue.role, claimant, statement, span: { start: cue.span.start, end: s.sentence.end } });
    }
  }
  return out;
}

function certaintyOf(c: Candidate, claims: Claim[], agent: string | null): Certainty {
  // Denied: the only sentences that report the event are denials. A denial beside a plain report is
  // kept as a claim and leaves the event stated.
  if (c.triggerSentences.every((s) => s.mentions.cues.some((q) => q.role === 'denied')) && !claims.some((x) => x.role === 'confirmed')) return 'denied';
  if (claims.some((x) => x.role === 'claimed' && (x.claimant === agent || c.triggerSentences.some((s) => s.sentence.start <= x.span.start && x.span.start < s.sentence.end)))) return 'claimed';
  // A hedge governs the event when it comes before the trigger ("reports suggest a drone struck");
  // after it, it hedges a detail ("destroyed buildings, likely empty").
  const hedged = (s: AnalysedSentence) => {
    const first = realTriggers(s)[0]?.span.start ?? s.sentence.end;
    return s.mentions.cues.some((q) => q.role === 'reported' && !q.rule.startsWith('attribution/') && q.span.start < first);
  };
  if (c.triggerSentences.every(hedged)) return 'reported';
  return 'stated';
}

/** Resolve one candidate into an event. `articleCountry` qualifies generic actors with no place. */
export function resolveEvent(c: Candidate, index: number, ctx: Ctx, articleCountry: string | null): ExtractedEvent {
  const { trigger, sentence } = mainTrigger(c);
  // A note label ("Property destruction: …") names the kind of event; who did what to whom is told by
  // the verb after it.
  const isLabel = (t: TriggerMention) => t.span.start === sentence.sentence.start && sentence.sentence.text[t.span.end - t.span.start] === ':';
  const verb = isLabel(trigger) ? realTriggers(sentence).filter((t) => t !== trigger).sort((a, b) => b.weight - a.weight)[0] ?? trigger : trigger;
  // With no verb we know, the label's sentence reads "<label>: <date>, <agent> <did something> <to target>".
  const roles = isLabel(trigger) && verb === trigger ? labelRoles(sentence, trigger) : assignRoles(sentence, verb);
  // Agent missing in the main sentence ("a drone was used"): take it from the other trigger sentences.
  const agent = roles.agent ?? c.triggerSentences.map((s) => assignRoles(s, realTriggers(s)[0]!).agent).find(Boolean) ?? null;
  const target = roles.target ?? c.triggerSentences.map((s) => assignRoles(s, realTriggers(s)[0]!).target).find((t) => t && t.actor.name !== agent?.actor.name) ?? null;
  const place = choosePlace(c);
  // Generic actors take the event's country: where it happened, else the named agent's, else the article's.
  const country = place?.place.country ?? (agent?.named ? agent.actor.country : null) ?? articleCountry;
  let actor1 = qualify(agent, country);
  let actor2 = qualify(target, country);
  const type = decideSubEventType(trigger, actor1?.value.kind ?? null, actor2?.value.kind ?? null, sentence.sentence.text);
  if (eventTypeOf(type.subEventType) === 'Protests' || eventTypeOf(type.subEventType) === 'Riots') {
    // The crowd is actor1 of a protest; the force that met it, if any, actor2 (ACLED's convention).
    const phrases = c.triggerSentences.flatMap((s) => s.mentions.actors);
    const people = phrases.find((m) => m.actor.kind === 'protesters' || m.actor.kind === 'rioters')
      ?? phrases.find((m) => m.actor.kind === 'civilians' && m.span.end <= trigger.span.start);
    // "300 people demonstrated": the people are the protesters.
    const crowd = people && people.actor.kind === 'civilians'
      ? { ...people, actor: { name: `Protesters (${country ?? '?'})`, kind: 'protesters' as const, country }, rule: `${people.rule} crowd-as-protesters` }
      : people;
    const armed = [...phrases, ...c.detailSentences.flatMap((s) => s.mentions.actors)].find((m) => m.actor.kind === 'police' || m.actor.kind === 'state_forces');
    const force = armed ? qualify(armed, country) : [actor1, actor2].find((a) => a && (a.value.kind === 'police' || a.value.kind === 'state_forces')) ?? null;
    if (crowd) [actor1, actor2] = [qualify(crowd, country), type.subEventType === 'Peaceful protest' ? null : force];
  }
  const fatalities = count(c, 'killed');
  const injured = count(c, 'injured');
  if (!actor2 && eventTypeOf(type.subEventType) === 'Explosions/Remote violence' && country && ((fatalities.value ?? 0) > 0 || (injured.value ?? 0) > 0 || fatalities.rule === 'casualty/killing-and-injuring')) {
    // People were hurt and the report names no armed target: ACLED codes the victims as civilians.
    actor2 = field({ name: `Civilians (${country})`, kind: 'civilians', country }, fatalities.span ?? injured.span, 'actor2/victims-of-remote-violence', 'inferred');
  }
  const claims = claimsOf(c, country, actor1?.value.name ?? null);
  if (!actor1) {
    // "Al-Shabaab claimed responsibility": with no agent in the report, the claimant is the actor.
    const claimer = c.triggerSentences.concat(c.detailSentences).flatMap((s) => s.mentions.cues.filter((q) => q.role === 'claimed').map((q) => ({ s, q })))
      .map(({ s, q }) => s.mentions.actors.filter((m) => m.named && m.span.end <= q.span.start).pop()).find(Boolean);
    if (claimer) actor1 = { ...qualify(claimer, country)!, rule: `${claimer.rule} actor/claimed-responsibility`, basis: 'inferred' };
  }
  ctx.trace(STAGE, () => `event ${index}: trigger "${ctx.article.text.slice(trigger.span.start, trigger.span.end)}" (${trigger.rule}) → ${type.subEventType} [${type.rule}]`);
  return {
    index,
    ...chooseDate(c, ctx),
    background: c.background,
    eventType: field(eventTypeOf(type.subEventType), trigger.span, type.rule),
    subEventType: field(type.subEventType, trigger.span, `${trigger.rule} ${type.rule}`),
    actor1,
    actor2,
    place: place && field({ name: place.place.name, admin1: place.place.admin1, country: place.place.country, iso2: place.place.iso2, latitude: place.place.latitude, longitude: place.place.longitude, precision: place.place.precision }, place.mention.span, place.rule),
    weapon: chooseWeapon(c, trigger),
    fatalities,
    injured,
    claims,
    certainty: certaintyOf(c, claims, actor1?.value.name ?? null),
    sentences: [...c.triggerSentences, ...c.detailSentences].map((s) => ({ start: s.sentence.start, end: s.sentence.end })).sort((a, b) => a.start - b.start),
  };
}
