/**
 * Context evidence for ranking: countries the caller named, countries and demonyms in the text, and the
 * places mentioned around the one being ranked.
 */
import type { Gazetteer } from './gazetteer.ts';
import { leadKeyWord, normalizeNameCached as normalizeName } from './normalize.ts';
import { prior, rankContext, type RankContext } from './rank.ts';
import { isCap, tokenize, type RawMatch, type Token } from './scan.ts';

/** Weights: what the caller says beats a country named in the text, which beats an adjective or actor word. */
export const W = { caller: 1, countryName: 0.7, places: 0.7, place: 0.5, demonym: 0.4 } as const;

function bump(m: Map<string, number>, iso2: string, w: number): void {
  if (w > (m.get(iso2) ?? 0)) m.set(iso2, w);
}

/** Countries from the caller plus demonyms/actor words in `text` (tokenised as `toks`, when given) ("Israeli", "Houthi", "Boko Haram"). */
export function baseCountries(g: Gazetteer, text: string | undefined, callerIso2: string[] | undefined, toks?: Token[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of callerIso2 ?? []) bump(m, c.toUpperCase(), W.caller);
  if (!text) return m;
  toks ??= tokenize(text);
  for (let i = 0; i < toks.length; i++) {
    // Demonyms and actor words are written capitalised ("Israeli", "al-Shabaab"): skip the rest unnormalised.
    if (!isCap(toks[i].text)) continue;
    const one = normalizeName(toks[i].text);
    const iso = g.demonyms.get(one);
    if (iso) bump(m, iso, W.demonym);
    const lead = leadKeyWord(toks[i].text);
    if (i + 1 < toks.length && (lead === null || g.keyStartsWith('demonyms', lead))) {
      const two = g.demonyms.get(normalizeName(`${toks[i].text} ${toks[i + 1].text}`));
      if (two) bump(m, two, W.demonym);
    }
  }
  return m;
}

/** The most plausible row of a raw match without context (rows are population-ordered; curated first). */
export function bestPriorRow(g: Gazetteer, rows: ArrayLike<number>): number {
  let best = rows[0], bp = -1;
  for (let i = 0; i < rows.length && i < 20; i++) {
    const p = prior(g, rows[i]);
    if (p > bp) { bp = p; best = rows[i]; }
  }
  return best;
}

/** Rank context for one match: base countries plus every *other* match's best reading. */
export function contextFor(g: Gazetteer, base: Map<string, number>, others: { match: RawMatch; row: number }[], selfKey: string): RankContext {
  if (!others.length) return rankContext(base);
  const countries = new Map(base);
  const points: RankContext['points'] = [];
  const placesIn = new Map<string, number>();
  for (const { match, row } of others) {
    if (match.shape.key === selfKey) continue;
    const kind = g.kind(row), iso2 = g.cols.iso2[row];
    const n = (placesIn.get(iso2) ?? 0) + 1;
    placesIn.set(iso2, n);
    // Two places in one country say as much as naming the country.
    bump(countries, iso2, kind === 'country' ? W.countryName : n >= 2 ? W.places : W.place);
    if (kind !== 'country' && kind !== 'water' && kind !== 'admin1') points.push({ lat: g.cols.lat[row], lon: g.cols.lon[row], row });
  }
  return rankContext(countries, points);
}
