/**
 * Lexicon loading: plain TSV data files in `data/local/` (and `data/custom/` for deployer overrides)
 * turned into compiled indexes once, in a factory, so stages stay pure.
 *
 * File format (after pelias `resources/`): a header row, `#` comments, and `!` at the start of a line
 * to remove an entry loaded earlier (so `data/custom/` can drop a term without editing ours).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's `data/` folder (works from `src/` under tsx and from `dist/` once compiled). */
export const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../data');

export type Row = Record<string, string>;

/** Parse one TSV lexicon text into rows keyed by the header's column names. */
export function parseTsv(text: string, source = 'tsv'): Row[] {
  const lines = text.split(/\r?\n/);
  let header: string[] | null = null;
  const rows: Row[] = [];
  lines.forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const remove = line.startsWith('!');
    const cells = (remove ? line.slice(1) : line).split('\t');
    if (!header) {
      header = cells.map((c) => c.trim());
      return;
    }
    if (cells.length < header.length && !remove) {
      throw new Error(`${source}:${i + 1}: expected ${header.length} tab-separated columns, got ${cells.length}`);
    }
    const row: Row = {};
    header.forEach((h, k) => (row[h] = (cells[k] ?? '').trim()));
    if (remove) {
      const key = header[0]!;
      const at = rows.findIndex((r) => r[key] === row[key]);
      if (at >= 0) rows.splice(at, 1);
    } else rows.push(row);
  });
  return rows;
}

/** Read `name` from `data/local/`, then apply `data/custom/<name>` on top when it exists. */
export function loadLexiconFile(name: string, dataDir = DATA_DIR): Row[] {
  const local = join(dataDir, 'local', name);
  const custom = join(dataDir, 'custom', name);
  let text = readFileSync(local, 'utf8');
  if (existsSync(custom)) {
    // The custom file continues ours: its own header row (if any) is dropped so '!' removals line up.
    const header = text.split('\n').find((l) => l.trim() && !l.startsWith('#'));
    const extra = readFileSync(custom, 'utf8').split('\n').filter((l) => l !== header);
    text = `${text}\n${extra.join('\n')}`;
  }
  return parseTsv(text, local);
}

/**
 * Compile a lexicon pattern into a global, case-insensitive regex bounded by word edges.
 * Patterns written in capitals only (acronyms such as "IRI", "SAF") match case-sensitively,
 * so the English word "saf" or "iri" inside prose never counts.
 */
export function compilePattern(pattern: string): RegExp {
  const acronym = /^[A-Z0-9.'\-]+s?\??$/.test(pattern) && /[A-Z]{2}/.test(pattern);
  return new RegExp(`(?<![\\w-])(?:${pattern})(?![\\w-])`, acronym ? 'g' : 'gi');
}

/**
 * Every match of the global regex `re` in `text`, as `text.matchAll(re)` gives them, but on `re`
 * itself: `matchAll` first copies the regex (`RegExp.prototype[Symbol.matchAll]` builds a new one
 * from its source), and for our large alternations (hundreds of names) that copy costs more than
 * the scan. Starts at `from` (0) whatever `re.lastIndex` was. Not reentrant: do not scan with the same
 * regex while iterating.
 */
export function* execAll(re: RegExp, text: string, from = 0): Generator<RegExpExecArray> {
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // An empty match would be found again at the same place: step past it, as matchAll does.
    if (m[0] === '') re.lastIndex += /[uv]/.test(re.flags) && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
    yield m;
  }
}

/**
 * One regex matching wherever any of `patterns` (as compiled by {@link compilePattern}) matches: the
 * same word edges around their alternation, case-insensitive (a superset for acronym patterns). Its
 * first match is where the first match of any of them can start.
 */
export function unionPattern(patterns: string[]): RegExp {
  return new RegExp(`(?<![\\w-])(?:${patterns.map((p) => `(?:${p})`).join('|')})(?![\\w-])`, 'gi');
}

/**
 * The characters (lower-cased) a match of the regex `source` can start with, or null when that is
 * not known. It is a prefilter, so it may answer too much but never too little: it reads the syntax
 * lexicon patterns use (literals, escapes, classes, groups, lookarounds, alternation, quantifiers)
 * and answers null for anything it cannot place (`\w`, `.`, negated classes, non-ASCII letters,
 * a pattern that can match the empty string, unicode-mode regexes).
 */
export function firstChars(source: string, flags = ''): Set<string> | null {
  // Unicode case folding matches some non-ASCII letters to ASCII ones ("ſ" ~ "s"): not modelled.
  if (/[uv]/.test(flags)) return null;
  /** An item's possible first characters (null: unknown) and whether it can match nothing. */
  type First = { chars: Set<string> | null; nullable: boolean };
  const ZERO_WIDTH: First = { chars: new Set(), nullable: true };
  const UNKNOWN: First = { chars: null, nullable: false };
  let i = 0;
  const literal = (c: string): First => (c.charCodeAt(0) < 128 ? { chars: new Set([c.toLowerCase()]), nullable: false } : UNKNOWN);
  const union = (a: Set<string> | null, b: Set<string> | null) => (a && b ? new Set([...a, ...b]) : null);

  function alternation(): First {
    let out = sequence();
    while (source[i] === '|') {
      i++;
      const next = sequence();
      out = { chars: union(out.chars, next.chars), nullable: out.nullable || next.nullable };
    }
    return out;
  }
  function sequence(): First {
    let chars: Set<string> | null = new Set();
    let nullable = true;
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const item = quantified(atom());
      if (nullable) chars = union(chars, item.chars);
      nullable &&= item.nullable;
    }
    return { chars, nullable };
  }
  function quantified(item: First): First {
    const c = source[i];
    let min = 1;
    if (c === '?' || c === '*') (min = 0), i++;
    else if (c === '+') i++;
    else if (c === '{' && /^\{\d+(?:,\d*)?\}/.test(source.slice(i))) {
      min = Number(/^\{(\d+)/.exec(source.slice(i))![1]);
      i = source.indexOf('}', i) + 1;
    } else return item;
    if (source[i] === '?') i++; // lazy
    return min === 0 ? { chars: item.chars, nullable: true } : item;
  }
  function atom(): First {
    const c = source[i++]!;
    if (c === '(') {
      const look = /^\?<?[=!]/.exec(source.slice(i));
      if (look) i += look[0].length;
      else if (source.startsWith('?:', i)) i += 2;
      else if (source.startsWith('?<', i)) i = source.indexOf('>', i) + 1;
      const inner = alternation();
      if (source[i++] !== ')') throw new Error(`unbalanced group in /${source}/`);
      return look ? ZERO_WIDTH : inner;
    }
    if (c === '[') return charClass();
    if (c === '\\') {
      const e = source[i++]!;
      if (e === 'b' || e === 'B') return ZERO_WIDTH;
      if (e === 'd') return { chars: new Set('0123456789'), nullable: false };
      if (/[1-9k]/.test(e)) return { chars: null, nullable: true }; // a backreference may be empty
      if (/[a-zA-Z0-9]/.test(e)) return UNKNOWN; // \w, \s, \u…, \x…: not modelled
      return literal(e);
    }
    if (c === '^' || c === '$') return ZERO_WIDTH;
    if (c === '.') return UNKNOWN;
    return literal(c);
  }
  function charClass(): First {
    const negated = source[i] === '^';
    if (negated) i++;
    let chars: Set<string> | null = new Set();
    while (i < source.length && source[i] !== ']') {
      let c = source[i++]!;
      if (c === '\\') {
        c = source[i++]!;
        if (/[a-zA-Z0-9]/.test(c)) { chars = null; continue; }
      }
      if (source[i] === '-' && source[i + 1] !== ']' && source[i + 1] !== '\\' && i + 1 < source.length) {
        const to = source[i + 1]!;
        i += 2;
        if (to.charCodeAt(0) >= 128 || c.charCodeAt(0) >= 128) { chars = null; continue; }
        for (let k = c.charCodeAt(0); k <= to.charCodeAt(0); k++) chars?.add(String.fromCharCode(k).toLowerCase());
      } else if (c.charCodeAt(0) >= 128) chars = null;
      else chars?.add(c.toLowerCase());
    }
    i++; // ']'
    return negated ? UNKNOWN : { chars, nullable: false };
  }

  const all = alternation();
  if (i !== source.length) throw new Error(`cannot read /${source}/ at ${i}`);
  return all.nullable ? null : all.chars;
}

/**
 * A regex that matches somewhere in any text holding a sentence in which one of `patterns` (compiled
 * by {@link compilePattern}, scanned sentence by sentence) matches. It keeps their alternation and the
 * word edge before it, since a sentence never starts right after a letter, digit or hyphen (sentences
 * break after terminal punctuation, spaces and line breaks); it drops what a sentence's end or start
 * satisfies but the middle of a longer text need not: the word edge after, and a leading `^`. null
 * when a pattern has other syntax whose match depends on the text around it (`$`, `\b`, lookbehind,
 * negative lookahead, another `^`): then no text can be ruled out.
 */
export function containsAnyPattern(patterns: string[]): RegExp | null {
  const bare = patterns.map((p) => p.replace(/^\^/, ''));
  if (bare.some(dependsOnSurroundings)) return null;
  return new RegExp(`(?<![\\w-])(?:${bare.map((p) => `(?:${p})`).join('|')})`, 'i');
}

/** `$`, `^`, `\b`, `\B`, `(?<=`, `(?<!` or `(?!` outside a character class. */
function dependsOnSurroundings(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      if (pattern[i + 1] === 'b' || pattern[i + 1] === 'B') return true;
      i++;
    } else if (c === '[') {
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
    } else if (c === '^' || c === '$') return true;
    else if (c === '(' && /^\?(?:<[=!]|!)/.test(pattern.slice(i + 1, i + 4))) return true;
  }
  return false;
}

/** Rules scanned together: `any` (global union) finds where a match may start. */
export interface RuleScan<R extends { re: RegExp }> {
  any: RegExp;
  rules: R[];
  /**
   * Rules whose pattern is a plain phrase, by the text they match (`~` + lower case, or `=` + exact
   * text for case-sensitive acronyms): a hit is looked up, not tried against every rule.
   */
  literal?: Map<string, R[]>;
  /**
   * The rules with regex syntax (all rules when `literal` is absent), by the lower-cased character a
   * match can start with (see {@link firstChars}), in rule order; `other` for any other character.
   */
  patterned: { byFirst: Map<string, R[]>; other: R[] };
}

/** Index regex rules by the characters their matches can start with (see {@link RuleScan.patterned}). */
function indexFirstChars<R extends { re: RegExp }>(rules: R[]): RuleScan<R>['patterned'] {
  const firsts = rules.map((r) => firstChars(r.re.source, r.re.flags));
  const chars = new Set(firsts.flatMap((f) => (f ? [...f] : [])));
  const byFirst = new Map([...chars].map((c) => [c, rules.filter((_, k) => !firsts[k] || firsts[k]!.has(c))]));
  return { byFirst, other: rules.filter((_, k) => !firsts[k]) };
}

/** A scan of regex rules: `any` finds where one may start; only the rules that can start there are tried. */
export function scanOf<R extends { re: RegExp }>(any: RegExp, rules: R[]): RuleScan<R> {
  return { any, rules, patterned: indexFirstChars(rules) };
}

/** Index the plain-phrase rules of a scan (see {@link RuleScan.literal}). */
export function indexLiterals<R extends { re: RegExp; source: string }>(any: RegExp, rules: R[]): RuleScan<R> {
  const literal = new Map<string, R[]>();
  const patterned: R[] = [];
  for (const r of rules) {
    if (/[\\()[\]?*+|{}^$.]/.test(r.source)) patterned.push(r);
    else {
      const key = r.re.flags.includes('i') ? `~${r.source.toLowerCase()}` : `=${r.source}`;
      literal.set(key, [...(literal.get(key) ?? []), r]);
    }
  }
  return { any, rules, literal, patterned: indexFirstChars(patterned) };
}

const NONE: never[] = [];

/**
 * One scan for many patterns: `any` finds where a match may start, and only there are the rules
 * tried (sticky) — plain phrases looked up by the hit's text, regex rules only those whose match can
 * start with the hit's first character. Hundreds of patterns cost one pass over the text.
 * (A plain loop into an array: hits are few, and a generator costs more than they do.)
 */
export function stickyMatches<R extends { re: RegExp }>(text: string, scan: RuleScan<R>): { rule: R; match: RegExpExecArray }[] {
  const out: { rule: R; match: RegExpExecArray }[] = [];
  const { any, literal, patterned } = scan;
  any.lastIndex = 0;
  for (let hit = any.exec(text); hit; hit = any.exec(text)) {
    const at = hit.index;
    if (hit[0] === '') any.lastIndex++; // an empty match would be found again: step past it
    if (literal) {
      tryRules(literal.get(`~${hit[0].toLowerCase()}`) ?? NONE, text, at, out);
      tryRules(literal.get(`=${hit[0]}`) ?? NONE, text, at, out);
    }
    tryRules(patterned.byFirst.get(text[at]!.toLowerCase()) ?? patterned.other, text, at, out);
  }
  return out;
}

/** Try each (sticky) rule at `at`; collect those that match. */
function tryRules<R extends { re: RegExp }>(rules: R[], text: string, at: number, out: { rule: R; match: RegExpExecArray }[]): void {
  for (const rule of rules) {
    rule.re.lastIndex = at;
    const match = rule.re.exec(text);
    if (match) out.push({ rule, match });
  }
}
