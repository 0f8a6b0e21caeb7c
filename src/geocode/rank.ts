/**
 * Candidate ranking. A score mixes a prior (population, feature importance, curated data) with evidence from
 * context (countries named or implied, nearby places, the parent city of an ACLED "City - Neighbourhood" name,
 * suffixes like "Governorate"). The raw sum is squashed into [0, 1].
 */
import { distanceKm, type Gazetteer } from './gazetteer.ts';
import type { QueryShape } from './normalize.ts';
import type { PlaceCandidate } from './types.ts';

/** A {@link RankContext}: build every context through this, so all have one shape. */
export function rankContext(countries: Map<string, number>, points: RankContext['points'] = [], parentRows: Uint32Array | null = null): RankContext {
  return { countries, points, parentRows };
}

/** Evidence gathered from the query's surroundings. */
export interface RankContext {
  /** ISO2 → weight in [0, 1] (1 = caller said so, lower = inferred from text). */
  countries: Map<string, number>;
  /** Points of other places mentioned nearby, for proximity support. */
  points: { lat: number; lon: number; row: number }[];
  /** Rows of the enclosing city ("Gaza" in "Gaza - Shujaiyya"), or null. Every context has the three
   * fields in this order (one object shape keeps the scoring loop monomorphic; see {@link rankContext}). */
  parentRows: Uint32Array | null;
}

const FCODE_BONUS: Record<string, number> = { PPLC: 0.2, PPLA: 0.12, PPLG: 0.1, PPLA2: 0.05, PPLA3: 0.02 };
const ALT_NAME_PENALTY = 0.1;
/**
 * An alternate name that a populated place of the same country bears as its own, and that shares no
 * word with the row's own name ("Ariel": a poetic name of Jerusalem, and a town of 17,000): the text
 * means the town. ("Juarez" for Ciudad Juárez shares a word: a short form, not another place's name;
 * "Aqtau" for Aktau is one letter off: a spelling of it.)
 */
const SHADOWED_PENALTY = 0.5;
/** Population from which a place's own name shadows another's alternate name (cities1000's floor; rows of 0 are duplicates). */
const SHADOWING_POP = 1000;
/** An admin1 row named as a city ("Kyiv City", "Sevastopol City"). */
const CITY_NAMED = / (?:City|Municipality)$/;
const KIND_PRIOR: Record<string, number> = { country: 0.95, admin1: 0.45, region: 0.45, water: 0.55, feature: 0.55, neighbourhood: 0.5 };

/** Context-free plausibility of a row, roughly in [0, 1] (precomputed per row by {@link Gazetteer.prior}). */
export function computePrior(g: Gazetteer, row: number): number {
  const c = g.cols, kind = g.kind(row);
  const popTerm = Math.min(1, Math.log10(c.pop[row] + 1) / 7);
  if (kind === 'populated_place' && !c.curated[row]) return 0.8 * popTerm + (FCODE_BONUS[c.fcode[row]] ?? 0);
  return (KIND_PRIOR[kind] ?? 0.5) + 0.25 * popTerm;
}

/** Context-free reason texts by row: the same rows are explained again and again. */
const PRIOR_REASONS = new WeakMap<Gazetteer, Map<number, string>>();

function priorReason(g: Gazetteer, row: number): string {
  let memo = PRIOR_REASONS.get(g);
  if (!memo) PRIOR_REASONS.set(g, (memo = new Map()));
  let r = memo.get(row);
  if (r === undefined) {
    const pop = g.cols.pop[row];
    r = `prior ${g.prior[row].toFixed(2)} (${g.kind(row)}${pop ? `, pop ${pop}` : ''})`;
    if (memo.size >= 100_000) memo.clear();
    memo.set(row, r);
  }
  return r;
}

const COUNTRY_REASONS = new Map<string, Map<number, string>>();

function countryReason(iso2: string, weight: number): string {
  let byWeight = COUNTRY_REASONS.get(iso2);
  if (!byWeight) COUNTRY_REASONS.set(iso2, (byWeight = new Map()));
  let r = byWeight.get(weight);
  if (r === undefined) {
    r = `country ${iso2} in context (${weight.toFixed(1)})`;
    if (byWeight.size < 64) byWeight.set(weight, r); // weights are a handful of constants; stay bounded anyway
  }
  return r;
}

type Ambiguous = Gazetteer['art']['ambiguous'][string] | undefined;

/** Raw score of one row (`amb`: the curated ambiguity entry of `shape.key`); pushes human-readable reasons when `reasons` is given (only done for the top few). */
function scoreRow(g: Gazetteer, row: number, shape: QueryShape, rc: RankContext, rows: ArrayLike<number>, amb: Ambiguous, reasons?: string[]): number {
  const c = g.cols, kind = g.kind(row), iso2 = c.iso2[row];
  const p = g.prior[row];
  let raw = p;
  reasons?.push(priorReason(g, row));
  const cw = rc.countries.get(iso2);
  if (cw) { raw += 0.6 * cw; reasons?.push(countryReason(iso2, cw)); }
  let near = 0;
  for (let k = 0; k < rc.points.length; k++) {
    const pt = rc.points[k];
    if (pt.row === row) continue;
    const d = distanceKm(c.lat[row], c.lon[row], pt.lat, pt.lon);
    near = Math.max(near, d < 30 ? 0.3 : d < 100 ? 0.15 : 0);
  }
  if (near) { raw += near; reasons?.push('near another place in the text'); }
  if (rc.parentRows !== null && rc.parentRows.length) {
    const pr = rc.parentRows[0];
    if (c.parent[row] === pr || distanceKm(c.lat[row], c.lon[row], c.lat[pr], c.lon[pr]) < 12) { raw += 0.8; reasons?.push(`inside ${c.name[pr]}`); }
  }
  // "Kyiv region" is Kyiv Oblast: a city that is its own admin1 ("Kyiv City") takes no bonus from it.
  if (shape.admin && (kind === 'admin1' || kind === 'region') && !CITY_NAMED.test(c.name[row])) { raw += 0.7; reasons?.push('administrative suffix'); }
  if (shape.city && kind === 'populated_place') { raw += 0.2; reasons?.push('"city" suffix'); }
  // "Kuwait City", "Panama City": the city, not the country the rest of the name is.
  if (shape.city && kind === 'country') { raw -= SHADOWED_PENALTY; reasons?.push('"city" suffix on a country\'s name'); }
  // Matched through an alternate name only: a former or foreign name ("Pokrovsk" for Engels) yields to a
  // place that bears the name today.
  // Only among several rows for the name does an alternate-name match lose anything.
  if (rows.length > 1 && !g.isOwnName(row, shape.key) && !g.isOwnName(row, shape.fullKey)) {
    raw -= ALT_NAME_PENALTY;
    reasons?.push('alternate name');
    if (!c.curated[row] && !sharesWord(g, row, shape.key) && !respelling(g, row, shape.key) && shadowed(g, rows, row, shape)) { raw -= SHADOWED_PENALTY; reasons?.push('the own name of another place in the country'); }
  }
  // "in Mexico", "in Kuwait": the country, not Mexico City or Kuwait City (a city named "<country> City",
  // or bearing the country's name as an alternate one), unless the text says "city".
  if (kind !== 'country' && rows.length > 1 && !shape.city && (CITY_NAMED.test(c.name[row]) || !g.isOwnName(row, shape.key)) && countryNamed(g, rows, shape)) {
    raw -= SHADOWED_PENALTY;
    reasons?.push('the name of a country');
  }
  if (amb) {
    raw -= amb.penalty;
    if (iso2 === amb.defaultIso2) raw += 0.1;
    reasons?.push(`ambiguous name (default ${amb.defaultIso2})`);
  }
  return raw;
}

/** Whether one of `rows` is a country bearing the name of `shape` as its own. */
function countryNamed(g: Gazetteer, rows: ArrayLike<number>, shape: QueryShape): boolean {
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (g.kind(r) === 'country' && (g.isOwnName(r, shape.key) || g.isOwnName(r, shape.fullKey))) return true;
  }
  return false;
}

/** Whether a populated place of {@link SHADOWING_POP} or more in `row`'s country bears the name of `shape` as its own. */
function shadowed(g: Gazetteer, rows: ArrayLike<number>, row: number, shape: QueryShape): boolean {
  const c = g.cols, iso2 = c.iso2[row];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r !== row && c.iso2[r] === iso2 && c.pop[r] >= SHADOWING_POP && g.kind(r) === 'populated_place' && (g.isOwnName(r, shape.key) || g.isOwnName(r, shape.fullKey))) return true;
  }
  return false;
}

/**
 * Whether `key` is the row's own name spelt one letter apart ("aqtau" for Aktau, "kassel" as
 * "kasel"): a transliteration or a slip, not another place's name.
 */
function respelling(g: Gazetteer, row: number, key: string): boolean {
  for (const own of g.ownNameKeys(row)) if (withinOneEdit(own, key)) return true;
  return false;
}

/** Levenshtein distance ≤ 1. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length || i === b.length) return true;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

/** Whether the row's own name and `key` share a word ("ciudad juarez" and "juarez"). */
function sharesWord(g: Gazetteer, row: number, key: string): boolean {
  const own = g.ownWords(row);
  for (let from = 0; from < key.length;) {
    const end = key.indexOf(' ', from);
    if (own.has(key.slice(from, end < 0 ? key.length : end))) return true;
    from = end < 0 ? key.length : end + 1;
  }
  return false;
}

/** Ranks `rows` (candidates of one name, no duplicates) best first: the `limit` best, with their reasons. */
export function rankRows(g: Gazetteer, rows: ArrayLike<number>, shape: QueryShape, rc: RankContext, limit = 10): PlaceCandidate[] {
  const pop = g.cols.pop;
  const n = rows.length;
  const competing = n > 1;
  // An own property only: a name such as "constructor" must not find Object.prototype's.
  const amb: Ambiguous = Object.hasOwn(g.art.ambiguous, shape.key) ? g.art.ambiguous[shape.key] : undefined;
  // Scores in an array of doubles and an index order: no object per row (names like "San Jose" have dozens).
  const raw: number[] = new Array(n);
  const order: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    raw[i] = scoreRow(g, rows[i], shape, rc, rows, amb);
    order[i] = i;
  }
  if (competing) order.sort((a, b) => raw[b] - raw[a] || pop[rows[b]] - pop[rows[a]]);
  const out: PlaceCandidate[] = new Array(Math.min(limit, n));
  for (let k = 0; k < out.length; k++) {
    const i = order[k], reasons: string[] = [];
    scoreRow(g, rows[i], shape, rc, rows, amb, reasons);
    out[k] = g.candidate(rows[i], Math.max(0, Math.min(1, raw[i] / 1.5)), reasons);
  }
  return out;
}

/** Context-free plausibility of a row (precomputed). */
export function prior(g: Gazetteer, row: number): number {
  return g.prior[row];
}
