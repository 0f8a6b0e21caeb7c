/**
 * The relevance gate: which sentences can belong to an event. A sentence can only join an event if
 * it holds a real trigger or follows one in the same paragraph (see refiners/candidates.ts), so the
 * costlier recognizers (places, dates, actors, casualties) run on those sentences alone. A long
 * article with two event paragraphs pays for two paragraphs, not twenty.
 */
import type { TriggerMention } from './mentions.ts';
import type { Sentence } from './segment.ts';

/** `relevant[i]`: sentence i holds a real trigger, or an earlier sentence of its paragraph does. */
export function relevantSentences(sentences: Sentence[], triggers: TriggerMention[][]): boolean[] {
  let openParagraph = -1;
  return sentences.map((s, i) => {
    if (triggers[i]!.some((t) => !t.unreal)) openParagraph = s.paragraph;
    return openParagraph === s.paragraph;
  });
}

/** `text` with every irrelevant sentence blanked to spaces: offsets stay valid for spans. */
export function maskText(text: string, sentences: Sentence[], relevant: boolean[]): string {
  const parts: string[] = [];
  let at = 0;
  sentences.forEach((s, i) => {
    if (relevant[i]) return;
    const body = text.slice(s.start, s.end);
    parts.push(text.slice(at, s.start), body.includes('\n') ? body.replace(/[^\n]/g, ' ') : ' '.repeat(body.length));
    at = s.end;
  });
  parts.push(text.slice(at));
  return parts.join('');
}
