/** Backend-neutral normalisation of an EventFilter: canonical values, checked ranges. */
import { EVENT_TYPES, SUB_EVENT_TYPES } from '../core/types.ts';
import { bboxAround } from './geo.ts';
import type { EventFilter, EventSort } from './store.ts';
import { isIsoDate } from './validate.ts';

/** A filter after checking, with `type` resolved and `near` given its bbox prefilter. */
export interface NormalizedFilter {
  since?: string;
  until?: string;
  /** Which column `type` matched, with its canonical spelling. */
  type?: { column: 'event_type' | 'sub_event_type' | 'either'; value: string };
  country?: string;
  actor?: string;
  near?: { lat: number; lon: number; km: number; box: [number, number, number, number] };
  bbox?: [number, number, number, number];
  text?: string;
  minFatalities?: number;
  includeBackground: boolean;
  limit?: number;
  offset: number;
  sort: EventSort;
}

const SORTS: readonly EventSort[] = ['date', '-date', 'fatalities', '-fatalities'];

function bad(msg: string): never {
  throw new RangeError(`store: invalid filter: ${msg}`);
}

function resolveType(t: string): NormalizedFilter['type'] {
  const k = t.trim().toLowerCase();
  const et = EVENT_TYPES.find((x) => x.toLowerCase() === k);
  if (et) return { column: 'event_type', value: et };
  const st = SUB_EVENT_TYPES.find((x) => x.toLowerCase() === k);
  if (st) return { column: 'sub_event_type', value: st };
  return { column: 'either', value: t.trim() };
}

function nonEmpty(s: string | undefined, name: string): string | undefined {
  if (s === undefined) return undefined;
  if (typeof s !== 'string') bad(`${name} must be a string`);
  const t = s.trim();
  return t === '' ? undefined : t;
}

/** Check `f` and resolve it; throws RangeError on a malformed filter. */
export function normalizeFilter(f: EventFilter = {}): NormalizedFilter {
  const out: NormalizedFilter = { includeBackground: f.includeBackground === true, offset: 0, sort: f.sort ?? '-date' };
  if (!SORTS.includes(out.sort)) bad(`sort must be one of ${SORTS.join(', ')}`);
  for (const k of ['since', 'until'] as const) {
    if (f[k] === undefined) continue;
    if (!isIsoDate(f[k])) bad(`${k} must be YYYY-MM-DD`);
    out[k] = f[k];
  }
  const type = nonEmpty(f.type, 'type');
  if (type) out.type = resolveType(type);
  out.country = nonEmpty(f.country, 'country');
  out.actor = nonEmpty(f.actor, 'actor')?.toLowerCase();
  out.text = nonEmpty(f.text, 'text')?.toLowerCase();
  if (f.near) {
    const { lat, lon, km } = f.near;
    if (!(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180) || !(km >= 0) || !Number.isFinite(km)) {
      bad('near needs lat in [-90, 90], lon in [-180, 180], km >= 0');
    }
    out.near = { lat, lon, km, box: bboxAround(lat, lon, km) };
  }
  if (f.bbox) {
    const [w, s, e, n] = f.bbox;
    if (![w, s, e, n].every(Number.isFinite) || s > n) bad('bbox is [minLon, minLat, maxLon, maxLat]');
    out.bbox = [w, s, e, n];
  }
  if (f.minFatalities !== undefined) {
    if (!Number.isFinite(f.minFatalities)) bad('minFatalities must be a number');
    out.minFatalities = f.minFatalities;
  }
  for (const k of ['limit', 'offset'] as const) {
    const v = f[k];
    if (v === undefined) continue;
    if (!Number.isInteger(v) || v < 0) bad(`${k} must be a non-negative integer`);
    out[k] = v;
  }
  return out;
}
