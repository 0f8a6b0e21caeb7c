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

const BLANK_LINES = /\n\s*\n/g;

/**
 * Split `text` into trimmed sentences whose spans index into `text` itself.
 *
 * Paragraphs (cut after each run of blank lines) are segmented one by one: ICU always breaks after a
 * line feed, so this gives the sentences of the whole text, and a paragraph's number is its position.
 * `include(paragraph)`, when given, picks the paragraphs to segment; the sentences of the others are
 * left out (the extractor skips paragraphs in which no trigger can occur).
 */
export function segmentSentences(text: string, include?: (paragraph: string) => boolean): Sentence[] {
  const out: Sentence[] = [];
  BLANK_LINES.lastIndex = 0;
  for (let paragraph = 0, from = 0; from < text.length; paragraph++) {
    const blank = BLANK_LINES.exec(text);
    const to = blank ? blank.index + blank[0].length : text.length;
    const body = text.slice(from, to);
    if (!include || include(body)) {
      for (const { segment, index } of segmenter.segment(body)) {
        const trimmed = segment.trim();
        if (!trimmed) continue;
        const start = from + index + segment.length - segment.trimStart().length;
        out.push({ index: out.length, start, end: start + trimmed.length, text: trimmed, paragraph });
      }
    }
    from = to;
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
