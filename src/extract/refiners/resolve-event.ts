/**
 * Turn a candidate (grouped sentences and their mentions) into an event with every field's
 * provenance. Each field comes from one small decision below; `rule` names it for `explain`.
 */
import { eventTypeOf, type Actor, type Certainty, type Claim, type ExtractedEvent, type Field, type Span, type Weapon } from '../../core/types.ts';
import type { Ctx } from '../../core/context.ts';
import type { ActorMention, TriggerMention } from '../mentions.ts';
import { realTriggers, type AnalysedSentence, type Candidate } from './candidates.ts';
import { decideSubEventType } from './event-type.ts';
import { choosePlace } from './place-choice.ts';
import { assignRoles } from './roles.ts';

const STAGE = 'resolve';
const field = <T>(value: T, span: Span | null, rule: string, basis: 'stated' | 'inferred' = 'stated'): Field<T> => ({ value, span, stage: STAGE, rule, basis });

function mainTrigger(c: Candidate): { trigger: TriggerMention; sentence: AnalysedSentence } {
  let best: { trigger: TriggerMention; sentence: AnalysedSentence } | null = null;
  for (const s of c.triggerSentences) for (const t of realTriggers(s)) if (!best || t.weight > best.trigger.weight) best = { trigger: t, sentence: s };
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
  const all = [...c.triggerSentences, ...c.detailSentences].flatMap((s) => s.mentions.dates);
  const d = all.find((x) => !x.relative) ?? all[0];
  if (d) return { date: field<string | null>(d.date, d.span, d.rule), datePrecision: d.precision };
  if (c.background || !ctx.refDate) return { date: field<string | null>(null, null, c.background ? 'date/background-undated' : 'date/no-reference'), datePrecision: 'unknown' };
  return { date: field<string | null>(ctx.refDate, null, 'date/article-date', 'inferred'), datePrecision: 'day' };
}

function chooseWeapon(c: Candidate, main: TriggerMention): Field<Weapon> | null {
  const ts = c.triggerSentences.flatMap(realTriggers).filter((t) => t.weapon);
  const drone = main.subEventType === 'Air/drone strike' ? ts.find((t) => t.weapon === 'drone') : undefined;
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

function claimsOf(c: Candidate): Claim[] {
  const out: Claim[] = [];
  for (const s of [...c.triggerSentences, ...c.detailSentences]) {
    for (const cue of s.mentions.cues) {
      const before = s.mentions.actors.filter((m) => m.span.end <= cue.span.start && m.roleHint !== 'target');
      const claimant = before.length ? before[before.length - 1]!.actor.name : cue.role === 'reported' ? 'unattributed reports' : 'unnamed source';
      const statement = s.sentence.text.slice(cue.span.end - s.sentence.start).replace(/^[\s,:]+/, '').slice(0, 240);
      out.push({ role: cue.role, claimant, statement, span: { start: cue.span.start, end: s.sentence.end } });
    }
  }
  return out;
}

function certaintyOf(c: Candidate, claims: Claim[]): Certainty {
  if (claims.some((x) => x.role === 'denied') && !claims.some((x) => x.role === 'confirmed')) return 'denied';
  if (claims.some((x) => x.role === 'claimed')) return 'claimed';
  if (c.triggerSentences.every((s) => s.mentions.cues.some((q) => q.role === 'reported'))) return 'reported';
  return 'stated';
}

/** Resolve one candidate into an event. `articleCountry` qualifies generic actors with no place. */
export function resolveEvent(c: Candidate, index: number, ctx: Ctx, articleCountry: string | null): ExtractedEvent {
  const { trigger, sentence } = mainTrigger(c);
  const roles = assignRoles(sentence, trigger);
  // Agent missing in the main sentence ("a drone was used"): take it from the other trigger sentences.
  const agent = roles.agent ?? c.triggerSentences.map((s) => assignRoles(s, realTriggers(s)[0]!).agent).find(Boolean) ?? null;
  const target = roles.target ?? c.triggerSentences.map((s) => assignRoles(s, realTriggers(s)[0]!).target).find((t) => t && t.actor.name !== agent?.actor.name) ?? null;
  const place = choosePlace(c);
  const country = place?.place.country ?? articleCountry;
  const actor1 = qualify(agent, country);
  const actor2 = qualify(target, country);
  const type = decideSubEventType(trigger, actor1?.value.kind ?? null, actor2?.value.kind ?? null, sentence.sentence.text);
  const claims = claimsOf(c);
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
    fatalities: count(c, 'killed'),
    injured: count(c, 'injured'),
    claims,
    certainty: certaintyOf(c, claims),
    sentences: [...c.triggerSentences, ...c.detailSentences].map((s) => ({ start: s.sentence.start, end: s.sentence.end })).sort((a, b) => a.start - b.start),
  };
}
