/**
 * The relevance gate: which sentences can belong to an event. A sentence can only join an event if
 * it holds a real trigger or follows one in the same paragraph, or opens the next paragraph to say
 * who did it (see refiners/candidates.ts), so the costlier recognizers (places, dates, actors,
 * casualties) run on those sentences alone. A long article with two event paragraphs pays for two
 * paragraphs, not twenty.
 */
import type { TriggerMention } from './mentions.ts';
import type { Sentence } from './segment.ts';

/**
 * "Al-Shabaab claimed responsibility.", "The army blamed the RSF.", "The group denied any
 * involvement.": a sentence saying who did (or did not do) an event, with no trigger of its own.
 * Wire stories often give it a paragraph of its own, right after the event's. An accusation counts
 * only when it is about an act ("blamed X for the attack", "accused X of carrying out…", "blamed X."),
 * not "accused the governing party of rigging the vote".
 */
export const SAYS_WHO = /\b(?:blam(?:ed|es|ing)\s+(?:[\w'’-]+\s+){0,6}?[\w'’-]+(?:\s+for\s+(?:the|this|that|it|its)\b|\s*(?:[.;]|,\s+(?:which|who|but|and|saying)\b|$))|accus(?:ed|es|ing)\s+(?:[\w'’-]+\s+){0,6}?of\s+(?:the|this|that|carrying out|being behind|launching|staging|conducting|perpetrating|committing)\b|(?:held|holds|holding)\s+(?:[\w-]+\s+){0,4}responsible|claim(?:ed|s|ing)\s+(?:responsibility|credit)|(?:denied|denies|denying|rejected|rejects)\s+(?:any\s+)?(?:responsibility|involvement|role))/i;

/**
 * `relevant[i]`: sentence i holds a real trigger, or an earlier sentence of its paragraph does; or it
 * is a {@link SAYS_WHO} sentence in the paragraph after one that holds a trigger (grouping decides
 * whether it joins that event).
 */
export function relevantSentences(sentences: Sentence[], triggers: TriggerMention[][]): boolean[] {
  let openParagraph = -1;
  return sentences.map((s, i) => {
    if (triggers[i]!.some((t) => !t.unreal)) openParagraph = s.paragraph;
    return openParagraph === s.paragraph || (s.paragraph === openParagraph + 1 && SAYS_WHO.test(s.text));
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
