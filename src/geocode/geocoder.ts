/**
 * The offline geocoder: `createGeocoder()` loads the generated gazetteer once and answers `lookup` and
 * `findMentions` from memory. No I/O happens at import time.
 */
import { baseCountries, contextFor } from './context.ts';
import { Gazetteer } from './gazetteer.ts';
import { findMentions } from './mentions.ts';
import { shapeQuery } from './normalize.ts';
import { rankContext, rankRows } from './rank.ts';
import { scanNames } from './scan.ts';
import type { GeoContext, Geocoder, PlaceCandidate } from './types.ts';

const CACHE_MAX = 50_000;
const NO_COUNTRIES = new Map<string, number>();

/** Shallow copies, so callers may adjust a candidate without corrupting the cache. */
const copy = (cs: PlaceCandidate[]) => cs.map((c) => ({ ...c }));

/**
 * Builds a geocoder over the gazetteer artifact at `opts.path` (default: data/generated/gazetteer.json.gz).
 * Loading takes about half a second; keep one instance per process. `opts.cacheSize` bounds the cache of
 * ranked lookups without `ctx.text` (default 50 000; 0 disables it).
 */
export function createGeocoder(opts: { path?: string; cacheSize?: number } = {}): Geocoder {
  const g = new Gazetteer(opts.path);
  const cacheMax = opts.cacheSize ?? CACHE_MAX;
  const cache = new Map<string, PlaceCandidate[]>();

  function rankQuery(query: string, ctx: GeoContext): PlaceCandidate[] {
    const shape = shapeQuery(query);
    const full = g.rows(shape.fullKey), bare = shape.key !== shape.fullKey ? g.rows(shape.key) : full;
    const rows = full === bare ? full : Uint32Array.from(new Set([...full, ...bare]));
    if (!rows.length) {
      // Not a bare name: maybe "Gaza - Shujaiyya", "20 km south of Kharkiv", "northern Israel".
      const ms = findMentions(g, query, ctx);
      return ms.length ? ms.reduce((a, b) => (b.span.end - b.span.start > a.span.end - a.span.start ? b : a)).candidates : [];
    }
    const base = ctx.text || ctx.countries?.length ? baseCountries(g, ctx.text, ctx.countries) : NO_COUNTRIES;
    const others = ctx.text ? scanNames(g, ctx.text).map((m) => ({ match: m, row: rankRows(g, m.rows, m.shape, rankContext(base), 1)[0] })) : [];
    const rc = contextFor(g, base, others.filter((o) => o.row).map((o) => ({ match: o.match, row: g.rowOfId(o.row.id) })), shape.key);
    const cands = rankRows(g, rows, shape, rc);
    return shape.area ? cands.map((c) => ({ ...c, precision: Math.max(c.precision, 2) as PlaceCandidate['precision'], reasons: [...c.reasons, 'area suffix'] })) : cands;
  }

  return {
    name: 'sitrep-gazetteer',
    version: g.version,
    lookup(query: string, ctx: GeoContext = {}): PlaceCandidate[] {
      // Not cacheable: the ranking is fresh and the caller's to keep (no copy).
      if (ctx.text || cacheMax === 0) return rankQuery(query, ctx);
      const key = `${query}\u0000${(ctx.countries ?? []).join(',')}`;
      let hit = cache.get(key);
      if (!hit) {
        hit = rankQuery(query, ctx);
        if (cache.size >= cacheMax) cache.clear();
        cache.set(key, hit);
      }
      return copy(hit);
    },
    findMentions(text: string, ctx: GeoContext = {}) {
      return findMentions(g, text, ctx);
    },
  };
}
