/**
 * The one place where article text is normalised. Light-touch on purpose: the normalised
 * text is what gets stored and what extractor spans point into, so nothing here may change
 * what the text says.
 */

/** Zero-width space, word joiner, BOM / zero-width no-break space, soft hyphen. */
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;
/** No-break space and narrow no-break space. */
const NBSP = /[\u00A0\u202F]/g;

/**
 * Normalise article text: CRLF / lone CR → LF, NBSP → space, strip zero-width characters,
 * soft hyphens and BOMs. ZWJ/ZWNJ (U+200C/U+200D) are kept: they carry spelling in
 * Persian, Arabic-script and Indic text.
 */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(NBSP, ' ').replace(INVISIBLE, '');
}

/** Normalise a one-line field (title, source): normalise, collapse whitespace, trim. */
export function normaliseLine(text: string): string {
  return normaliseText(text).replace(/\s+/g, ' ').trim();
}
