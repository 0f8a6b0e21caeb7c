/**
 * Sentence segmentation with character spans, using the ICU sentence breaker that ships with
 * Node (`Intl.Segmenter`), which also breaks at line ends so headings stand alone.
 */
import type { Span } from '../core/types.ts';

export interface Sentence extends Span {
  index: number;
  text: string;
  /** Index of the paragraph (blank-line separated block) the sentence sits in. */
  paragraph: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Split `text` into trimmed sentences whose spans index into `text` itself. */
export function segmentSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lastEnd = 0;
  for (const { segment, index } of segmenter.segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const body = segment.trim();
    if (!body) continue;
    const start = index + lead;
    if (/\n\s*\n/.test(text.slice(lastEnd, start))) paragraph++;
    out.push({ index: out.length, start, end: start + body.length, text: body, paragraph });
    lastEnd = start + body.length;
  }
  return mergeAbbreviationBreaks(text, out);
}

/** ICU breaks after "U.S." or "approx." followed by a capital; glue such pieces back together. */
function mergeAbbreviationBreaks(text: string, sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev && prev.paragraph === s.paragraph && /\b(?:U\.S|U\.K|U\.N|Gen|Col|Lt|Maj|Capt|Sgt|Mr|Mrs|Dr|St|No|approx|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.$/.test(prev.text)) {
      prev.end = s.end;
      prev.text = text.slice(prev.start, prev.end);
      continue;
    }
    out.push({ ...s, index: out.length });
  }
  return out;
}
