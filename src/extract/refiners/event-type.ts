/**
 * The ACLED sub-event type from the main trigger's mode and the actors around it.
 * Remote instruments decide by themselves; direct violence depends on the target
 * (armed → Armed clash, civilians → Attack), protests on what met them.
 */
import type { ActorKind, SubEventType } from '../../core/types.ts';
import type { TriggerMention } from '../mentions.ts';

/** Kinds that bear arms as an organised side. */
export const ARMED: ActorKind[] = ['state_forces', 'police', 'rebel_group', 'political_militia', 'identity_militia', 'external_force', 'unidentified_armed_group'];
/** Kinds that act for a state (an arrest by one is an arrest, by anyone else an abduction). */
export const STATE: ActorKind[] = ['state_forces', 'police', 'external_force', 'government'];

/** People who clash as a crowd, not as an armed group. */
const CROWD_WORDS = /\b(?:supporters|loyalists|activists|students|party workers)\b/i;

/** What only a crowd does, whatever met it: stones, fire, storming, looting ("riot police", "riot gear": the police's kit, not a riot). */
const CROWD_ACTS = 'riot(?:ed|ers)?(?! (?:police|policem[ae]n|officers?|squads?|units?|gear|shields?|control|forces?|troops|vans?|trucks?)\\b)|stones|molotov|vandali[sz]ed|torched|set(?:ting|s)? (?:on )?fire|burn(?:ed|t|ing) (?:tyres|tires)|burning (?:tyres|tires|barricades)|stormed|ransacked|looted';
const CROWD_VIOLENCE = new RegExp(`\\b(?:${CROWD_ACTS})\\b`, 'i');

/** What protesters did that makes their protest violent ("stormed the embassy", "setting fire to", "attacked" but not "were attacked"). */
const PROTESTERS_VIOLENT = new RegExp(`\\b(?:${CROWD_ACTS}|(?<!(?:were|was|been|being|got) )attacked(?! by))\\b`, 'i');

export interface TypeDecision {
  subEventType: SubEventType;
  rule: string;
}

export function decideSubEventType(
  trigger: TriggerMention,
  agent: ActorKind | null,
  target: ActorKind | null,
  text: string,
  /** The agent is a state's forces acting in another country (Russian troops in Ukraine). */
  foreignAgent = false,
): TypeDecision {
  switch (trigger.mode) {
    case 'direct': {
      if (target && ARMED.includes(target)) return { subEventType: 'Armed clash', rule: 'direct+armed-target' };
      if (target === 'civilians' || target === 'protesters') return { subEventType: 'Attack', rule: 'direct+civilian-target' };
      if (agent && !STATE.includes(agent) && ARMED.includes(agent)) return { subEventType: 'Armed clash', rule: 'direct+non-state-agent' };
      return { subEventType: 'Attack', rule: 'direct+unknown-target' };
    }
    case 'protest': {
      // Protesters who used violence make a violent demonstration even when police then intervened,
      // with lethal force too (excessive force is force against a peaceful crowd: ACLED's rule); ACLED
      // counts barricading roads with burning tyres as violence too.
      if (CROWD_VIOLENCE.test(text)) return { subEventType: 'Violent demonstration', rule: 'protest+violence' };
      if (/\b(?:killed|killing|shot dead|opened fire|gunfire|live (?:fire|ammunition|rounds|bullets))\b/i.test(text)) return { subEventType: 'Excessive force against protesters', rule: 'protest+lethal-force' };
      // "attacked" names no subject here: after lethal force it may well be the police's act.
      if (PROTESTERS_VIOLENT.test(text)) return { subEventType: 'Violent demonstration', rule: 'protest+violence' };
      if (/\b(?:tear ?gas|dispers(?:ed|e)|rubber bullets|water cannon|arrested|detained|beat|clashed with police)\b/i.test(text)) return { subEventType: 'Protest with intervention', rule: 'protest+intervention' };
      return { subEventType: 'Peaceful protest', rule: 'protest' };
    }
    case 'clash':
      // "Protesters clashed with police" is a riot, not a battle.
      if ([agent, target].some((k) => k === 'protesters' || k === 'rioters')) return { subEventType: 'Violent demonstration', rule: 'clash+crowd' };
      // "Supporters of two rival parties clashed", "students clashed with police": crowds, no armed group.
      if (!(agent && ARMED.includes(agent)) && target !== 'rebel_group' && CROWD_WORDS.test(text)) return { subEventType: 'Violent demonstration', rule: 'clash+crowd-words' };
      // "Militants ambushed a convoy carrying aid workers": an ambush of unarmed people is an attack on them, not a battle.
      if (target === 'civilians' && /\bambush(?:ed|es|ing)?\b/i.test(text)) return { subEventType: 'Attack', rule: 'ambush+civilian-target' };
      return { subEventType: 'Armed clash', rule: 'clash' };
    case 'riot':
      return /\bmob\b/i.test(text) ? { subEventType: 'Mob violence', rule: 'riot+mob' } : { subEventType: 'Violent demonstration', rule: 'riot' };
    case 'territory':
      // A state regains its own territory; a foreign army taking a village overtakes it.
      return agent && STATE.includes(agent) && !foreignAgent
        ? { subEventType: 'Government regains territory', rule: 'territory+state-agent' }
        : { subEventType: 'Non-state actor overtakes territory', rule: 'territory+non-state-agent' };
    case 'destruction':
      // "Fighters destroyed two tanks": an armed group wrecking a state's forces or their machines attacks
      // them (ACLED codes a battle); what a state's forces destroy stays destruction of property.
      if (agent && ARMED.includes(agent) && !STATE.includes(agent) && target && STATE.includes(target) && target !== 'government') {
        return { subEventType: 'Armed clash', rule: 'destruction+state-forces-target' };
      }
      return { subEventType: trigger.subEventType, rule: `mode:${trigger.mode}` };
    case 'abduction':
      return { subEventType: 'Abduction/forced disappearance', rule: 'abduction' };
    case 'arrests':
      return agent && !STATE.includes(agent) ? { subEventType: 'Abduction/forced disappearance', rule: 'arrests+non-state-agent' } : { subEventType: 'Arrests', rule: 'arrests' };
    default:
      return { subEventType: trigger.subEventType, rule: `mode:${trigger.mode}` };
  }
}
