/**
 * Test helpers for extraction stages: one options object, hand-built sentences, no pipeline.
 */
import { loadDemonyms } from '../../src/extract/demonyms.ts';
import { loadEnglish, type EnglishLexicons } from '../../src/extract/locales/en/config.ts';
import type { Sentence } from '../../src/extract/segment.ts';

let cached: EnglishLexicons | null = null;

/** The English lexicons, compiled once per test file. */
export function lexicons(): EnglishLexicons {
  cached ??= loadEnglish(loadDemonyms());
  return cached;
}

/** A one-sentence "document" starting at offset 0. */
export function sentence(text: string, { paragraph = 0, index = 0 }: { paragraph?: number; index?: number } = {}): Sentence {
  return { index, start: 0, end: text.length, text, paragraph };
}
