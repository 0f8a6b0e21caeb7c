/**
 * Who did it to whom: the agent (actor1) and target (actor2) of a candidate's main trigger.
 *
 * Position decides first (subject before the trigger, object after it, "by X" flips it), then
 * evidence strength: a named group beats a generic noun, a generic noun beats a bare demonym.
 */
import type { ActorMention, TriggerMention } from '../mentions.ts';
import type { AnalysedSentence } from './candidates.ts';

const strength = (m: ActorMention) => (m.named ? 3 : m.rule.startsWith('demonym') ? 1 : 2);
// "(coded as Hamas)" in ACLED-style notes names the actor a generic phrase stands for.
const codedAs = (s: AnalysedSentence, m: ActorMention) => /\(coded as\s*$/i.test(s.sentence.text.slice(0, m.span.start - s.sentence.start));

function best(ms: ActorMention[], s: AnalysedSentence): ActorMention | null {
  let top: ActorMention | null = null;
  for (const m of ms) {
    const score = strength(m) + (codedAs(s, m) ? 2 : 0);
    const topScore = top ? strength(top) + (codedAs(s, top) ? 2 : 0) : -1;
    if (score > topScore) top = m;
  }
  return top;
}

export interface Roles {
  agent: ActorMention | null;
  target: ActorMention | null;
}

/** Agent and target around `trigger` within its sentence `s`. */
export function assignRoles(s: AnalysedSentence, trigger: TriggerMention): Roles {
  const text = s.sentence.text;
  const rel = (i: number) => i - s.sentence.start;
  // An actor phrase that holds the trigger ("Israeli warplanes", "Russian artillery") is its agent.
  const before = s.mentions.actors.filter((m) => m.span.start < trigger.span.start || (m.span.start <= trigger.span.start && m.span.end >= trigger.span.end));
  const after = s.mentions.actors.filter((m) => m.span.start >= trigger.span.end);
  // Passive voice: "... was shelled by Russian forces" → the agent follows "by".
  const byAgent = after.find((m) => /\bby\s+(?:the\s+)?$/i.test(text.slice(0, rel(m.span.start)).slice(-12)));
  let agent: ActorMention | null;
  let targetPool: ActorMention[];
  if (byAgent) {
    agent = byAgent;
    targetPool = [...before, ...after.filter((m) => m !== byAgent)];
  } else {
    // The agent is the subject: the last clause-initial group before the trigger, not a target noun.
    const agents = before.filter((m) => m.roleHint !== 'target');
    agent = best(agents.filter((m) => m.named), s) ?? best(agents, s);
    targetPool = after;
  }
  const targets = targetPool.filter((m) => !agent || m.actor.name !== agent.actor.name);
  // Before the agent and after it differ: "Palestinian militants (coded as Hamas)" both precede.
  const target = best(targets.filter((m) => m.roleHint !== 'agent'), s) ?? null;
  return { agent, target };
}
