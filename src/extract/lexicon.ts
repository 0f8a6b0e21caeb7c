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
    if (m[0] === '') re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
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

/** Rules scanned together: `any` (global union) finds where a match may start. */
export interface RuleScan<R extends { re: RegExp }> {
  any: RegExp;
  rules: R[];
  /**
   * Rules whose pattern is a plain phrase, by the text they match (`~` + lower case, or `=` + exact
   * text for case-sensitive acronyms): a hit is looked up, not tried against every rule.
   */
  literal?: Map<string, R[]>;
  /** The rules with regex syntax, tried at each hit (all rules when `literal` is absent). */
  patterned?: R[];
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
  return { any, rules, literal, patterned };
}

/**
 * One scan for many patterns: `any` finds where a match may start, and only there are the rules
 * tried (sticky) — or, for plain phrases, looked up by the hit's text. Hundreds of patterns cost one
 * pass over the text.
 */
export function* stickyMatches<R extends { re: RegExp }>(text: string, scan: RuleScan<R>): Generator<{ rule: R; match: RegExpExecArray }> {
  for (const hit of execAll(scan.any, text)) {
    const candidates = scan.literal
      ? [...(scan.literal.get(`~${hit[0].toLowerCase()}`) ?? []), ...(scan.literal.get(`=${hit[0]}`) ?? []), ...scan.patterned!]
      : scan.rules;
    for (const rule of candidates) {
      rule.re.lastIndex = hit.index;
      const match = rule.re.exec(text);
      if (match) yield { rule, match };
    }
  }
}
