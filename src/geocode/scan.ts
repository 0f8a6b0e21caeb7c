/**
 * Finds gazetteer names in running text: capitalised n-grams (≤ 5 tokens, lower-case Arabic articles and
 * "of" allowed inside), longest match first. Ranking and filtering happen in `mentions.ts`.
 */
import type { Gazetteer } from './gazetteer.ts';
import { ADMIN_SUFFIXES, CITY_SUFFIXES, leadKeyWord, normalizeNameCached as normalizeName, shapeQuery, type QueryShape } from './normalize.ts';

export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface RawMatch {
  start: number;
  end: number;
  surface: string;
  shape: QueryShape;
  rows: Uint32Array;
  tokens: number;
  /** First token is the first word of a sentence (capitalisation says nothing there). */
  sentenceStart: boolean;
  /** Parent of an ACLED "City - Neighbourhood" name. */
  parent?: { surface: string; rows: Uint32Array };
}

/** One token, read (sticky) where {@link tokenize} finds one can start. */
const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’‘`ʿʾ]*(?:-[\p{L}\p{M}\p{N}'’‘`ʿʾ]+)*/uy;
const CONNECTORS = new Set(['al', 'el', 'ad', 'as', 'ash', 'at', 'az', 'ez', 'ed', 'es', 'et', 'an', 'ar', 'en', 'er', 'of', 'de', 'del', 'da', 'di', 'du', 'la', 'le', 'les', 'des', 'do', 'dos', 'das', 'bin', 'ibn', 'bani', 'um', 'umm', 'abu', 'sur', 'on', 'na', 'nad']);
const DIRECTIONAL = /^(northern|southern|eastern|western|central|north|south|east|west)$/i;
const MAX_N = 5;
const GENERIC = new Set(['roundabout', 'junction', 'camp', 'refugee', 'crossing', 'port', 'bay', 'corridor', 'hospital', 'strip', 'heights', 'sea', 'coast', 'neighbourhood', 'neighborhood', 'district', 'governorate', 'oblast', 'valley']);

/** Words after a name that make it the name of a street, junction or building. */
const NAMED_AFTER = new Set(['street', 'st', 'road', 'rd', 'avenue', 'highway', 'junction', 'intersection', 'roundabout', 'square', 'tower', 'towers']);

const NOT_SPACE = /[^ ]/g;

/** ASCII letters and digits; no other ASCII character can start a token. */
const asciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Ends in a possessive "'s" or "’s". */
const possessive = (t: string) => t.length > 2 && t.charCodeAt(t.length - 1) === 115 && (t.charCodeAt(t.length - 2) === 39 || t.charCodeAt(t.length - 2) === 0x2019);

/** Word tokens of `text`, possessive "'s" trimmed. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // The same tokens as a global scan of TOKEN, but spaces and ASCII punctuation (most of a masked
  // text) are stepped over here, and the regex is entered only where a token can start.
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c === 32 && text.charCodeAt(i + 1) === 32) {
      // A run of spaces (a blanked sentence): jump to its end in one native scan.
      NOT_SPACE.lastIndex = i;
      if (!NOT_SPACE.test(text)) break;
      i = NOT_SPACE.lastIndex - 1;
      continue;
    }
    if (c < 128 && !asciiAlnum(c)) {
      i++;
      continue;
    }
    TOKEN.lastIndex = i;
    if (!TOKEN.test(text)) {
      // Not a letter or digit: step over it, a surrogate pair as one character.
      const low = text.charCodeAt(i + 1);
      i += c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
      continue;
    }
    const end = TOKEN.lastIndex; // test(), not exec(): no match array for every token
    const word = text.slice(i, end);
    const t = possessive(word) ? word.slice(0, -2) : word;
    out.push({ text: t, start: i, end: i + t.length });
    i = end;
  }
  return out;
}

/** Capitalised, or an article glued to a capitalised word ("al-Fashir"). */
export function isCap(t: string): boolean {
  // Called for every token: plain ASCII letters are decided without a regex.
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) return true; // A-Z
  if (c < 128 && c !== 97 && c !== 101) return false; // only "a…" and "e…" can be a glued article
  return /^\p{Lu}/u.test(t) || GLUED_ARTICLE.test(t);
}
const GLUED_ARTICLE = /^(?:al|el|ad|as|ash|at|az|ez|ed|an|ar)[-'’‘]\p{Lu}/u;

function sentenceStartAt(text: string, pos: number): boolean {
  const before = text.slice(Math.max(0, pos - 4), pos);
  return pos === 0 || /(?:[.!?:;"“(\[\n]\s*|^\s*)$/u.test(before) && !/[A-Z]\.\s*$/u.test(before.slice(-3));
}

/** Longest gazetteer name starting at token `i`; null when none. */
function matchAt(g: Gazetteer, text: string, toks: Token[], i: number): { j: number; shape: QueryShape; rows: Uint32Array } | null {
  const first = toks[i].text;
  const dir = DIRECTIONAL.test(first) && !isCap(first);
  if (!isCap(first) && !dir) return null;
  // Most capitalised words begin no name at all: no n-gram from here can be in the index.
  const lead = leadKeyWord(first);
  if (lead !== null && !g.keyStartsWith('names', lead)) return null;
  let last = i;
  // Extend over a run of tokens separated by single spaces only.
  while (last + 1 < toks.length && last - i + 1 < MAX_N && /^ ?$/.test(text.slice(toks[last].end, toks[last + 1].start))) {
    const nxt = toks[last + 1].text;
    if (!isCap(nxt) && !CONNECTORS.has(nxt.toLowerCase())) break;
    last++;
  }
  // "central Gaza City": when the name after the adjective is longer than the adjective+name reading
  // ("central Gaza"), the adjective is a qualifier of that longer name.
  const plain = dir && i + 1 < toks.length ? matchAt(g, text, toks, i + 1) : null;
  // "the Kashmir valley": a name known only with its lower-case generic word (as written: a capitalised one
  // would have joined the run).
  const generic = toks[last + 1];
  if (!dir && generic && GENERIC.has(generic.text) && /^ $/.test(text.slice(toks[last].end, generic.start)) && isCap(toks[last].text)) {
    const key = normalizeName(text.slice(toks[i].start, generic.end));
    const rows = g.rows(key);
    if (rows.length && !g.has(normalizeName(text.slice(toks[i].start, toks[last].end)))) return { j: last + 1, shape: { key, fullKey: key, admin: false, city: false, area: false }, rows };
  }
  for (let j = last; j >= i; j--) {
    if (plain && j <= plain.j && j > i && plain.j > j) break;
    // A name never ends on an article ("Bir Al", "Shuhada Az").
    if (!isCap(toks[j].text) || (dir && j === i) || (j > i && CONNECTORS.has(toks[j].text.toLowerCase()))) continue;
    const key = normalizeName(text.slice(toks[i].start, toks[j].end));
    const rows = g.rows(key);
    if (rows.length) return { j, shape: { key, fullKey: key, admin: false, city: false, area: false }, rows };
  }
  return null;
}

/** Whether any row of `b` lies in a country of a row of `a`. */
function sameCountry(g: Gazetteer, a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  const iso = new Set<string>();
  for (let k = 0; k < a.length; k++) iso.add(g.cols.iso2[a[k]!]!);
  for (let k = 0; k < b.length; k++) if (iso.has(g.cols.iso2[b[k]!]!)) return true;
  return false;
}

/**
 * "the Abuja-Kaduna highway", "Kharkiv-Belgorod border": a hyphenated compound that is no name
 * itself ("Guinea-Bissau" is) may join two places; each capitalised part is looked up alone, and
 * all must be places.
 */
function hyphenParts(g: Gazetteer, text: string, tok: Token): RawMatch[] {
  const out: RawMatch[] = [];
  let at = tok.start;
  for (const part of tok.text.split('-')) {
    const t = { text: part, start: at, end: at + part.length };
    at = t.end + 1;
    // Every part a place ("Abuja-Kaduna"), or none: "Bilhorod-Dnistrovskyi" is one town the gazetteer may
    // lack, not Bilhorod (Belgorod) and an unknown word.
    const m = part.length >= 3 && isCap(part) ? matchAt(g, text, [t], 0) : null;
    if (!m) return [];
    out.push({ start: t.start, end: t.end, surface: part, shape: m.shape, rows: m.rows, tokens: 1, sentenceStart: false });
  }
  return out;
}

/** All longest-match gazetteer names in `text` (tokenised as `toks`), left to right, non-overlapping. */
export function scanNames(g: Gazetteer, text: string, toks: Token[] = tokenize(text)): RawMatch[] {
  const out: RawMatch[] = [];
  for (let i = 0; i < toks.length; i++) {
    const m = matchAt(g, text, toks, i);
    if (!m) {
      if (toks[i]!.text.includes('-')) for (const part of hyphenParts(g, text, toks[i]!)) out.push(part);
      continue;
    }
    let { j, shape, rows } = m;
    const start = toks[i].start;
    let parent: RawMatch['parent'];
    let ni = i; // first token of the name itself (the child in "City - Neighbourhood")
    // ACLED "Gaza - Shujaiyya": the right-hand side is the place, the left its city.
    if (j + 1 < toks.length && /^\s+[-–—]\s+$/.test(text.slice(toks[j].end, toks[j + 1].start))) {
      const child = matchAt(g, text, toks, j + 1);
      // Only a place in the same country as the left-hand side: "ADEN — US strikes…" is a dateline;
      // so is "KYIV - Ukraine's air force…": a country is no neighbourhood.
      if (child && sameCountry(g, rows, child.rows) && !Array.from(child.rows).some((r) => g.kind(r) === 'country')) {
        parent = { surface: text.slice(start, toks[j].end), rows };
        ni = j + 1;
        ({ j, shape, rows } = child);
      }
    }
    // Lower-case generic words that complete a name: "Jabalia camp", "Rafah crossing", "Gaza port".
    for (let k = 1; k <= 2 && j + k < toks.length; k++) {
      if (!GENERIC.has(toks[j + k].text.toLowerCase()) || !/^ $/.test(text.slice(toks[j + k - 1].end, toks[j + k].start))) break;
      const key = normalizeName(text.slice(toks[ni].start, toks[j + k].end));
      const more = g.rows(key);
      if (more.length) { shape = { key, fullKey: key, admin: false, city: false, area: false }; rows = more; j += k; k = 0; }
    }
    // "Al Shuhada junction", "Yafa street", "al-Khalil tower": a street, junction or building named
    // after a town or a person, not that town (unless the gazetteer knows the whole name, above).
    const named = toks[j + 1];
    if (named && /^ $/.test(text.slice(toks[j].end, named.start)) && NAMED_AFTER.has(named.text.toLowerCase())) {
      i = j;
      continue;
    }
    // A trailing "Governorate"/"Oblast"/"region"/"city" belongs to the name.
    const nxt = toks[j + 1];
    if (nxt && /^ $/.test(text.slice(toks[j].end, nxt.start))) {
      const w = nxt.text.toLowerCase();
      if (ADMIN_SUFFIXES.has(w) || CITY_SUFFIXES.has(w)) {
        const s = shapeQuery(text.slice(toks[ni].start, nxt.end));
        if (s.key === shape.key) { shape = s; j++; }
      }
    }
    // "off the coast of North Gaza" → the "Coast of North Gaza" feature when the gazetteer has one.
    let from = start;
    const coast = /\b(coast of )$/i.exec(text.slice(Math.max(0, start - 9), start));
    if (coast && !parent) {
      const key = normalizeName(`coast of ${text.slice(start, toks[j].end)}`);
      const rs = g.rows(key);
      if (rs.length) { from = start - coast[1].length; shape = { key, fullKey: key, admin: false, city: false, area: false }; rows = rs; }
    }
    out.push({
      start: from, end: toks[j].end, surface: text.slice(from, toks[j].end), shape, rows,
      tokens: j - i + 1, sentenceStart: sentenceStartAt(text, toks[i].start), parent,
    });
    i = j;
  }
  return out;
}
