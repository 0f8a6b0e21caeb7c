/**
 * MinHash sketches of article text, for near-duplicate (syndicated / lightly rewritten) detection.
 *
 * - Text is normalised (Unicode NFKC, lower case, every run of non-letters/digits → one space)
 *   and cut into overlapping word shingles of {@link SHINGLE_WORDS} words.
 * - Each shingle is hashed once (FNV-1a 32) and re-mixed with {@link SKETCH_SIZE} seeds
 *   (murmur3 finaliser); the signature keeps the minimum per seed. The fraction of equal
 *   positions in two signatures estimates the Jaccard similarity of their shingle sets
 *   (standard error ≈ sqrt(J(1−J)/128) ≤ 0.044).
 * - LSH: the signature is cut into {@link BANDS} bands of {@link ROWS} rows; two texts are
 *   candidates when any band hashes alike. With 32 × 4 the S-curve's threshold is
 *   (1/32)^(1/4) ≈ 0.42, so a pair at J = 0.8 is found with probability > 0.99999.
 *   Candidates are then verified against {@link NEAR_DUPLICATE_JACCARD}.
 */

/** Words per shingle. 3 keeps one rewritten sentence from costing more than ~its own length. */
export const SHINGLE_WORDS = 3;
/** Number of MinHash functions (signature length). */
export const SKETCH_SIZE = 128;
/** LSH bands × rows = {@link SKETCH_SIZE}. */
export const BANDS = 32;
/** Rows (signature positions) per LSH band. */
export const ROWS = SKETCH_SIZE / BANDS;
/**
 * Estimated Jaccard at or above which an article is a near-duplicate of an earlier one. 0.8 on
 * 3-word shingles accepts a wire copy with a new headline (titles are not sketched) and one
 * rewritten sentence in a ~8-sentence story (J ≈ 0.86), and rejects two outlets' independent
 * write-ups of the same event (J < 0.15 in practice). A one-sentence change in a 3-sentence
 * brief (J ≈ 0.7) is *not* a near-duplicate; its events can still merge at the event level.
 */
export const NEAR_DUPLICATE_JACCARD = 0.8;
/** Texts with fewer shingles than this are too short to call near-duplicates (exact hash only). */
export const MIN_SHINGLES = 12;

/** Letters and digits: the characters words are made of. */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Per BMP code unit: 0 = not classified yet, 1 = letter or digit, 2 = neither. */
const BMP_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) BMP_CLASS[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;

function isWordChar(cp: number): boolean {
  if (cp > 0xffff) return WORD_CHAR.test(String.fromCodePoint(cp));
  let k = BMP_CLASS[cp]!;
  if (k === 0) BMP_CLASS[cp] = k = WORD_CHAR.test(String.fromCharCode(cp)) ? 1 : 2;
  return k === 1;
}

/**
 * The words of `text` for shingling: NFKC, lower case, then the maximal runs of letters and digits
 * (Unicode \p{L} and \p{N}, by code point). One pass over the characters with a class table; a
 * regular expression over the whole text was a third of the cost of a sketch.
 */
export function sketchWords(text: string): string[] {
  const t = text.normalize('NFKC').toLowerCase();
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < t.length; i++) {
    const cp = t.codePointAt(i)!;
    const word = cp < 128 ? BMP_CLASS[cp] === 1 : isWordChar(cp);
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(t.slice(start, i));
      start = -1;
    }
    if (cp > 0xffff) i++; // the low surrogate of this code point
  }
  if (start >= 0) words.push(t.slice(start));
  return words;
}

/** Normalise text for shingling: NFKC, lower case, non-alphanumeric runs → one space ({@link sketchWords} joined). */
export function normaliseForSketch(text: string): string {
  return sketchWords(text).join(' ');
}

/** The distinct word shingles of `text` (after {@link normaliseForSketch}). */
export function shingles(text: string, k = SHINGLE_WORDS): Set<string> {
  const words = sketchWords(text);
  const out = new Set<string>();
  if (words.length > 0 && words.length < k) out.add(words.join(' '));
  for (let i = 0; i + k <= words.length; i++) out.add(words.slice(i, i + k).join(' '));
  return out;
}

/** FNV-1a 32-bit hash of a string's UTF-16 code units. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function fmix32(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The seeds as int32 (see {@link sketch}). */
const SEEDS = Int32Array.from({ length: SKETCH_SIZE }, (_, i) => fmix32(0x9e3779b9 + Math.imul(i + 1, 0x7f4a7c15)));

/** A text's MinHash signature and how many shingles it had. */
export interface Sketch {
  signature: Uint32Array;
  shingles: number;
}

/**
 * FNV-1a ({@link fnv1a}) of the shingle `words[i] + ' ' + … + words[i + k - 1]`, computed without
 * building the string.
 */
function shingleHash(words: readonly string[], i: number, k: number): number {
  let h = 0x811c9dc5;
  for (let w = i; w < i + k; w++) {
    if (w > i) h = Math.imul(h ^ 0x20, 0x01000193);
    const word = words[w]!;
    for (let c = 0; c < word.length; c++) h = Math.imul(h ^ word.charCodeAt(c), 0x01000193);
  }
  return h; // int32: the FNV-1a value's bits
}

/**
 * MinHash signature of `text`. An empty text gets an all-0xffffffff signature and 0 shingles.
 * Same result as hashing each string of {@link shingles} with {@link fnv1a}, without building
 * the strings; distinct shingles are counted by their hash (a 32-bit collision among one
 * article's few hundred shingles is too rare to matter, and it cannot change the signature).
 */
export function sketch(text: string): Sketch {
  const sig = new Uint32Array(SKETCH_SIZE).fill(0xffffffff);
  const words = sketchWords(text);
  // The distinct shingle hashes: sorted in a typed array and deduplicated in place (a Set of
  // numbers above 2³⁰ boxes each one).
  const all = new Int32Array(words.length >= SHINGLE_WORDS ? words.length - SHINGLE_WORDS + 1 : words.length > 0 ? 1 : 0);
  if (words.length > 0 && words.length < SHINGLE_WORDS) all[0] = shingleHash(words, 0, words.length);
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) all[i] = shingleHash(words, i, SHINGLE_WORDS);
  all.sort();
  let distinct = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[distinct++] = all[i]!;
  const xs = all.subarray(0, distinct);
  // Seeds outer, shingles inner: each position's running minimum stays in a local. Everything stays
  // int32 (no unsigned values beyond small integers): the minimum is taken over h ^ 2³¹, whose
  // signed order is the unsigned order of h.
  for (let i = 0; i < SKETCH_SIZE; i++) {
    const seed = SEEDS[i]!;
    let min = 0x7fffffff;
    for (let j = 0; j < xs.length; j++) {
      // fmix32(xs[j] ^ seed), inlined: this loop is most of the cost of a sketch.
      let h = xs[j]! ^ seed;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h = (h ^ (h >>> 16)) ^ -0x80000000;
      if (h < min) min = h;
    }
    sig[i] = min ^ -0x80000000; // back to the unsigned value (the Uint32Array wraps)
  }
  return { signature: sig, shingles: distinct };
}

/** Estimated Jaccard similarity: the fraction of equal signature positions. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SKETCH_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SKETCH_SIZE;
}

/** Exact Jaccard of two shingle sets (tests and calibration). */
export function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const s of a) if (b.has(s)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 1 : inter / union;
}

/**
 * One 32-bit hash per LSH band (signed, to fit SQLite INTEGER comparisons either way), in a
 * typed array: half of all int32 values lie outside V8's small-integer range and would each
 * be a heap number in a plain array.
 */
export function bandHashes(sig: Uint32Array): Int32Array {
  const out = new Int32Array(BANDS);
  for (let b = 0, i = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++, i++) {
      // fmix32(imul(h ^ sig[i], FNV prime)), inline and kept in int32 (the same bits: 2.0 → 1.2 ms per 2,000 signatures).
      h = Math.imul(h ^ sig[i]!, 0x01000193);
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h ^= h >>> 16;
    }
    out[b] = h;
  }
  return out;
}

/** True on little-endian hosts (nearly all), where a Uint32Array's bytes are already the stored form. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Signature → bytes for storage (little-endian). On little-endian hosts the bytes are a view of
 * the signature's own memory, not a copy (a copy is a fresh off-heap buffer per article): SQLite
 * copies them when it binds, and signatures are never changed after {@link sketch}.
 */
export function signatureToBuffer(sig: Uint32Array): Buffer {
  if (LITTLE_ENDIAN) return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
  const buf = Buffer.alloc(sig.length * 4);
  sig.forEach((v, i) => buf.writeUInt32LE(v, i * 4));
  return buf;
}

/** Bytes from {@link signatureToBuffer} → signature. */
export function signatureFromBuffer(buf: Buffer): Uint32Array {
  const sig = new Uint32Array(buf.length / 4);
  for (let i = 0; i < sig.length; i++) sig[i] = buf.readUInt32LE(i * 4);
  return sig;
}
