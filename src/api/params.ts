/** Query-string parsing for the event routes: strings in, a checked EventFilter out. */
import type { EventFilter, EventSort } from '../store/store.ts';
import { isIsoDay } from '../read/date.ts';
import { ApiError } from './errors.ts';

/** Filter parameters shared by `/api/events*` and `/api/stats`. */
export const FILTER_PARAMS = ['since', 'until', 'bbox', 'type', 'actor', 'country', 'q', 'min_fatalities', 'background'] as const;
/** Pagination and order parameters of the list routes. */
export const PAGE_PARAMS = ['limit', 'offset', 'sort'] as const;
/** Accepted `sort` values. */
export const SORTS: readonly EventSort[] = ['date', '-date', 'fatalities', '-fatalities'];

/** Page size limits: `default` when `limit` is absent, `max` the largest accepted. */
export interface PageLimits {
  default: number;
  max: number;
}

const bad = (parameter: string, message: string): never => {
  throw new ApiError(`${parameter}: ${message}`, { parameter });
};

function intParam(name: string, v: string, min: number, max: number): number {
  if (!/^\d+$/.test(v)) bad(name, `must be a non-negative integer, got "${v}"`);
  const n = Number(v);
  if (n < min || n > max) bad(name, `must be between ${min} and ${max}, got ${n}`);
  return n;
}

/** Parse `minLon,minLat,maxLon,maxLat` (minLon > maxLon crosses the antimeridian). */
export function parseBbox(v: string): [number, number, number, number] {
  const parts = v.split(',').map((s) => s.trim());
  const nums = parts.map((s) => (s === '' ? NaN : Number(s)));
  if (nums.length !== 4 || !nums.every(Number.isFinite)) bad('bbox', `must be minLon,minLat,maxLon,maxLat (4 numbers), got "${v}"`);
  const [w, s, e, n] = nums as [number, number, number, number];
  if (Math.abs(w) > 180 || Math.abs(e) > 180) bad('bbox', 'longitudes must be in [-180, 180]');
  if (Math.abs(s) > 90 || Math.abs(n) > 90) bad('bbox', 'latitudes must be in [-90, 90]');
  if (s > n) bad('bbox', 'minLat must not exceed maxLat');
  return [w, s, e, n];
}

function boolParam(name: string, v: string): boolean {
  if (/^(1|true|yes)$/i.test(v)) return true;
  if (/^(0|false|no|)$/i.test(v)) return false;
  return bad(name, `must be true or false, got "${v}"`);
}

/**
 * Build an EventFilter from query parameters. Unknown parameters are rejected (a typo would
 * otherwise silently widen the result). With `page`, `limit`/`offset`/`sort` are accepted
 * and `limit` always set.
 * @throws ApiError (400) naming the offending parameter.
 */
export function parseFilter(query: Record<string, string>, page?: PageLimits): EventFilter {
  const allowed = new Set<string>([...FILTER_PARAMS, ...(page ? PAGE_PARAMS : [])]);
  for (const k of Object.keys(query)) if (!allowed.has(k)) bad(k, 'unknown parameter');
  const f: EventFilter = {};
  const str = (k: string): string | undefined => {
    const v = query[k]?.trim();
    return v === undefined || v === '' ? undefined : v;
  };
  for (const k of ['since', 'until'] as const) {
    const v = str(k);
    if (v !== undefined && !isIsoDay(v)) bad(k, `must be a date YYYY-MM-DD, got "${v}"`);
    if (v !== undefined) f[k] = v;
  }
  if (f.since && f.until && f.since > f.until) bad('until', 'must not be before since');
  const bbox = str('bbox');
  if (bbox !== undefined) f.bbox = parseBbox(bbox);
  for (const k of ['type', 'actor', 'country'] as const) {
    const v = str(k);
    if (v !== undefined && v.length > 200) bad(k, 'too long (max 200 characters)');
    if (v !== undefined) f[k] = v;
  }
  const q = str('q');
  if (q !== undefined && q.length > 200) bad('q', 'too long (max 200 characters)');
  if (q !== undefined) f.text = q;
  const minF = str('min_fatalities');
  if (minF !== undefined) f.minFatalities = intParam('min_fatalities', minF, 0, Number.MAX_SAFE_INTEGER);
  const bg = query.background;
  if (bg !== undefined) f.includeBackground = boolParam('background', bg.trim());
  if (page) {
    const limit = str('limit');
    f.limit = limit === undefined ? page.default : intParam('limit', limit, 0, page.max);
    const offset = str('offset');
    if (offset !== undefined) f.offset = intParam('offset', offset, 0, Number.MAX_SAFE_INTEGER);
    const sort = str('sort');
    if (sort !== undefined && !SORTS.includes(sort as EventSort)) bad('sort', `must be one of ${SORTS.join(', ')}`);
    if (sort !== undefined) f.sort = sort as EventSort;
  }
  return f;
}
