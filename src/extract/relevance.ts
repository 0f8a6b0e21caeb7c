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

/**
 * `text` with every irrelevant sentence blanked to spaces (line breaks kept): offsets stay valid for
 * spans. Paragraphs that were not segmented (see `segmentSentences`) lie between the listed sentences
 * and are blanked the same way; whitespace-only stretches between sentences are kept as written.
 */
export function maskText(text: string, sentences: Sentence[], relevant: boolean[]): string {
  const parts: string[] = [];
  let at = 0;
  sentences.forEach((s, i) => {
    parts.push(blankOutside(text.slice(at, s.start)));
    const body = text.slice(s.start, s.end);
    parts.push(relevant[i] ? body : blank(body));
    at = s.end;
  });
  parts.push(blankOutside(text.slice(at)));
  return parts.join('');
}

/** Every character but line breaks to a space. */
const blank = (s: string) => (s.includes('\n') ? s.replace(/[^\n]+/g, (run) => ' '.repeat(run.length)) : ' '.repeat(s.length));

/** Text between listed sentences: kept when it is only whitespace (always so when every paragraph was segmented), else blanked. */
const blankOutside = (between: string) => (/\S/.test(between) ? blank(between) : between);
