/**
 * The trigger that decides an event's type, among all the triggers of its sentences.
 */
import type { TriggerMention } from '../mentions.ts';
import { realTriggers, type AnalysedSentence, type Candidate } from './candidates.ts';

// Taking or retaking ground is fighting too: "retook the base, killing 30 militants" is a change of territory with its dead.
const VIOLENT = ['remote', 'direct', 'clash', 'territory'];

/**
 * The heaviest trigger, except: a protest stays a protest when force met it (the force is its
 * intervention), and when people were killed or hurt, violence outranks what came with it
 * ("attacked the village, killing 7 and looting livestock" is an attack, not looting).
 */
export function mainTrigger(c: Candidate): { trigger: TriggerMention; sentence: AnalysedSentence } {
  let best: { trigger: TriggerMention; sentence: AnalysedSentence } | null = null;
  const all = c.triggerSentences.flatMap(realTriggers);
  const crowd = all.some((t) => t.mode === 'protest' || t.mode === 'riot');
  const deadly = !crowd && all.some((t) => VIOLENT.includes(t.mode)) &&
    c.triggerSentences.some((s) => s.mentions.casualties.some((m) => (m.count ?? 0) > 0));
  const heaviest = (skipStopped: boolean) => {
    let top: { trigger: TriggerMention; sentence: AnalysedSentence } | null = null;
    for (const s of c.triggerSentences) {
      for (const t of realTriggers(s)) {
        if (skipStopped && stopped(t, s)) continue;
        if (crowd && t.mode !== 'protest' && t.mode !== 'riot') continue;
        if (deadly && !VIOLENT.includes(t.mode)) continue;
        if (!top || t.weight > top.trigger.weight) top = { trigger: t, sentence: s };
      }
    }
    return top;
  };
  // What was stopped is passed over, unless nothing else is left ("intercepted most of the missiles; two people died").
  best = heaviest(true) ?? heaviest(false);
  // Several instruments in one report ("Israeli UAVs and artillery shelled…"): the first one named is
  // the event's, as coders read it, unless a heavier class (clash, suicide bomb, chemical) is present.
  if (best && best.trigger.mode === 'remote' && best.trigger.weight < 10) {
    const named = (t: TriggerMention, s: AnalysedSentence) => t.mode === 'remote' && t.weight >= 5 && !stopped(t, s);
    const head = c.triggerSentences.find((s) => realTriggers(s).some((t) => named(t, s)));
    const first = head && realTriggers(head).find((t) => named(t, head));
    if (first) best = { trigger: first, sentence: head! };
  }
  return best!;
}

/** "…intercepted most of the strikes", "shot down the drones": what was stopped, told after the attack, not an attack of its own. */
const STOPPED_BEFORE = /\b(?:intercepted|shot down|downed|repelled|thwarted|foiled)\s+(?:(?:most|some|all|many|several|\d+) of\s+)?(?:the\s+)?$/i;
const stopped = (t: TriggerMention, s: AnalysedSentence): boolean =>
  t.mode === 'remote' && s.mentions.triggers.some((x) => x.mode === 'disrupted') && STOPPED_BEFORE.test(s.sentence.text.slice(Math.max(0, t.span.start - s.sentence.start - 40), t.span.start - s.sentence.start));

/** A note label ("Property destruction: …") at the start of its sentence. */
export function isLabel(t: TriggerMention, s: AnalysedSentence): boolean {
  return t.span.start === s.sentence.start && s.sentence.text[t.span.end - t.span.start] === ':';
}
