/**
 * Name normalisation shared by the gazetteer build and the runtime lookup. Both sides MUST use the same
 * function, otherwise precomputed index keys stop matching queries.
 */

/**
 * Arabic (and a few other) articles that transliterations attach or drop at will: "Az Zaytun" = "Zaytun",
 * "Deir ez-Zor" = "Deir Zor", "Al-Hasakah" = "Hasakah". They are removed everywhere in the key.
 */
const ARTICLES = new Set(['al', 'el', 'ad', 'ed', 'as', 'es', 'ash', 'esh', 'at', 'et', 'az', 'ez', 'an', 'en', 'ar', 'er', 'adh', 'ath', 'the']);

/** Spelling variants of frequent name elements, mapped to one form so "Shaykh" matches "Sheikh". */
const CANON = new Map<string, string>(Object.entries({
  shaykh: 'sheikh', shaikh: 'sheikh', sheik: 'sheikh', sheykh: 'sheikh', shekh: 'sheikh',
  dayr: 'deir', deyr: 'deir', dair: 'deir', dier: 'deir',
  bayt: 'beit', beyt: 'beit', bait: 'beit',
  tall: 'tal', tell: 'tal', tel: 'tal',
  jebel: 'jabal', jabel: 'jabal', jbel: 'jabal',
  khirbat: 'khirbet', khirbit: 'khirbet',
  kfar: 'kafr', kefar: 'kafr',
  kiryat: 'qiryat', kiriat: 'qiryat', qiriat: 'qiryat',
  saint: 'st', mount: 'mt',
}));

/** Trailing words that name an administrative level ("Idlib Governorate", "Donetsk Oblast"). */
export const ADMIN_SUFFIXES = new Set(['governorate', 'province', 'oblast', 'region', 'state', 'district', 'raion', 'prefecture', 'krai', 'muhafazat', 'mohafazat']);
/** Trailing words that only say "the settlement" ("Gaza City" is an indexed name, tried first). */
export const CITY_SUFFIXES = new Set(['city', 'town', 'village', 'municipality']);
/** Trailing words that widen the place to its surroundings (precision 2). */
export const AREA_SUFFIXES = new Set(['area', 'areas', 'vicinity', 'outskirts', 'surroundings', 'countryside', 'environs', 'axis']);

const MARKS = /\p{M}/gu;
const QUOTES = /['’‘`´ʿʾʼ"“”]/g;
const NON_ALNUM = /[^a-z0-9]+/g;
const ASCII = /^[\x20-\x7e]*$/;

/** Lower-cased, diacritic-free tokens of `s`, with apostrophes removed and hyphens as spaces. */
export function rawTokens(s: string): string[] {
  // Fast path for plain ASCII (most queries): no decomposition or special letters to fold.
  if (ASCII.test(s)) return asciiTokens(s);
  const t = s
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(QUOTES, '')
    .replace(/[ıİ]/g, 'i')
    .replace(/ø/g, 'o')
    .replace(/[đð]/g, 'd')
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(NON_ALNUM, ' ')
    .trim();
  return t === '' ? [] : t.split(' ');
}

/**
 * {@link rawTokens} of a printable-ASCII string in one pass: runs of letters, digits and quotes
 * are words (quotes then dropped: "Sana'a" is one word), anything else breaks them.
 */
function asciiTokens(s: string): string[] {
  const t = s.toLowerCase();
  const out: string[] = [];
  let start = -1;
  let quoted = false;
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charCodeAt(i) : 32;
    const quote = c === 39 || c === 96 || c === 34; // ' ` "
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || quote) {
      if (start < 0) start = i;
      quoted ||= quote;
    } else if (start >= 0) {
      const word = quoted ? t.slice(start, i).replace(QUOTES, '') : t.slice(start, i);
      if (word !== '') out.push(word);
      start = -1;
      quoted = false;
    }
  }
  return out;
}

/** Canonical tokens: variants unified, articles dropped (unless nothing else is left). */
export function keyTokens(tokens: string[]): string[] {
  const out: string[] = [];
  for (const tok of tokens) {
    if (ARTICLES.has(tok)) continue;
    out.push(CANON.get(tok) ?? tok);
  }
  return out.length > 0 ? out : tokens.slice();
}

/** The index key of a name: `normalizeName("Ash Shuja'iyya") === normalizeName("Shujaiyya")` is not guaranteed
 * (spelling differs) but case, diacritics, punctuation and articles never matter. */
export function normalizeName(s: string): string {
  return keyTokens(rawTokens(s)).join(' ');
}

const MEMO_MAX = 50_000;
const memo = new Map<string, string>();

/**
 * {@link normalizeName} remembered, for scanning running text: the same capitalised words and n-grams
 * come back in article after article, and normalising one is several string passes. The memo is
 * bounded (cleared when full); the gazetteer build, which normalises each name once, uses the plain function.
 */
export function normalizeNameCached(s: string): string {
  let key = memo.get(s);
  if (key === undefined) {
    if (memo.size >= MEMO_MAX) memo.clear();
    key = normalizeName(s);
    memo.set(s, key);
  }
  return key;
}

/**
 * The first word of the key of every name that starts with the word token `token` (tokens joined
 * by spaces normalise word by word), or null when that depends on the words after it: the token
 * is only articles ("Al"), which a longer name drops, or normalises to nothing.
 */
export function leadKeyWord(token: string): string | null {
  const key = normalizeNameCached(token);
  const first = key.split(' ', 1)[0]!;
  return first === '' || ARTICLES.has(first) ? null : first;
}

/** What a query's trailing/leading words said besides the name itself. */
export interface QueryShape {
  /** Key of the bare name (suffixes removed), '' when nothing is left. */
  key: string;
  /** Key of the full query (suffixes kept). */
  fullKey: string;
  admin: boolean;
  city: boolean;
  area: boolean;
}

/** Splits "the Idlib Governorate area" into the name key plus flags for the stripped words. */
export function shapeQuery(query: string): QueryShape {
  const toks = keyTokens(rawTokens(query));
  const fullKey = toks.join(' ');
  let admin = false, city = false, area = false;
  while (toks.length > 1) {
    const last = toks[toks.length - 1];
    if (AREA_SUFFIXES.has(last)) area = true;
    else if (ADMIN_SUFFIXES.has(last)) admin = true;
    else if (CITY_SUFFIXES.has(last)) city = true;
    else break;
    toks.pop();
  }
  return { key: toks.join(' '), fullKey, admin, city, area };
}
