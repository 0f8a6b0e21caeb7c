/**
 * Sentence segmentation with character spans: Unicode's default sentence boundaries (UAX #29, the
 * rules of the ICU breaker behind `Intl.Segmenter`, here in one pass: see `sentence-breaks.ts`),
 * which also break at line ends so headings stand alone.
 */
import type { Span } from '../core/types.ts';
import { sentenceEnds } from './sentence-breaks.ts';

export interface Sentence extends Span {
  index: number;
  text: string;
  /** Index of the paragraph (blank-line separated block) the sentence sits in. */
  paragraph: number;
  /** A clause cut from the end of the sentence before ({@link splitSeparateEvents}): told in the same breath. */
  clause?: true;
}

const BLANK_LINES = /\n\s*\n/g;

/**
 * Split `text` into trimmed sentences whose spans index into `text` itself.
 *
 * Paragraphs (cut after each run of blank lines) are segmented one by one: UAX #29 always breaks
 * after a line feed, so this gives the sentences of the whole text, and a paragraph's number is its position.
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
      let index = 0;
      for (const end of sentenceEnds(body)) {
        const segment = body.slice(index, end);
        const at = index;
        index = end;
        const trimmed = segment.trim();
        if (!trimmed) continue;
        const start = from + at + segment.length - segment.trimStart().length;
        out.push({ index: out.length, start, end: start + trimmed.length, text: trimmed, paragraph });
      }
    }
    from = to;
  }
  return mergeAbbreviationBreaks(text, out);
}

/** Abbreviations after which UAX #29 breaks before a capital ("U.S. Army", "Gen. Ali"): the piece continues. */
const ABBREVIATION_END = /\b(?:U\.S|U\.K|U\.N|Gen|Col|Lt|Maj|Capt|Sgt|Mr|Mrs|Dr|St|No|approx|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.$/;

/**
 * The longest match of {@link ABBREVIATION_END} is 7 characters ("approx."): testing the last 8 of a
 * sentence (one more, for the word edge) answers the same as testing it all, without a scan of it.
 */
const endsWithAbbreviation = (s: string): boolean => s.endsWith('.') && ABBREVIATION_END.test(s.length > 8 ? s.slice(-8) : s);

/** UAX #29 breaks after "U.S." or "approx." followed by a capital; glue such pieces back together. */
function mergeAbbreviationBreaks(text: string, sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev && prev.paragraph === s.paragraph && endsWithAbbreviation(prev.text)) {
      prev.end = s.end;
      prev.text = text.slice(prev.start, prev.end);
      continue;
    }
    s.index = out.length; // our own objects, made just above: renumbered in place
    out.push(s);
  }
  return out;
}

/**
 * "…, killing two soldiers, while troops killed five militants in a separate operation": a clause
 * after ", while" or ";" that says it tells another event ("in a separate operation",
 * "elsewhere", "separately") is cut off as a sentence of its own, so it becomes an event of its
 * own instead of lending its figures to the first. The cut drops the joining word ("while");
 * spans still index the text.
 */
const SEPARATE_CLAUSE = /(?:,\s+while|;)\s+(?=[^;]*?\b(?:in a separate (?:incident|attack|development|operation|raid|strike|clash)|separately|elsewhere|in another (?:incident|attack|operation|raid))\b)/gi;

const SEPARATE_CLAUSE_ANY = new RegExp(SEPARATE_CLAUSE.source, 'i');

export function splitSeparateEvents(sentences: Sentence[]): Sentence[] {
  // Most sentences have neither a semicolon nor ", while": a substring test spares them the look-ahead.
  if (!sentences.some((x) => (x.text.includes(';') || x.text.includes(', while')) && SEPARATE_CLAUSE_ANY.test(x.text))) return sentences;
  const out: Sentence[] = [];
  for (const x of sentences) {
    let from = 0;
    SEPARATE_CLAUSE.lastIndex = 0;
    for (let m = SEPARATE_CLAUSE.exec(x.text); m; m = SEPARATE_CLAUSE.exec(x.text)) {
      const head = clauseOf(x, from, m.index, from > 0);
      if (head.text) out.push(head);
      from = m.index + m[0].length;
    }
    out.push(from === 0 ? x : clauseOf(x, from, x.text.length, true));
  }
  out.forEach((x, i) => (x.index = i));
  return out;
}

/**
 * The part `[from, to)` of sentence `s`'s text, trimmed, as a sentence of its own (spans still
 * index the article); `clause` when it follows a cut. Its index is left for the caller to renumber.
 */
export function clauseOf(s: Sentence, from: number, to: number, clause: boolean): Sentence {
  const raw = s.text.slice(from, to);
  const text = raw.trim();
  const start = s.start + from + raw.length - raw.trimStart().length;
  return { index: s.index, start, end: start + text.length, text, paragraph: s.paragraph, ...(clause ? { clause: true as const } : {}) };
}
