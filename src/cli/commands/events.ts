/** `sitrep events`: query stored events with filters, in table/json/jsonl/csv/geojson. */
import { defineCommand } from 'citty';
import { FORMATS, formatEvents, type Format } from '../../app/format.ts';
import type { EventFilter } from '../../store/store.ts';
import { dayArg, dbArg, intArg, openDb, writeOut } from '../_shared.ts';
import { UsageError } from '../errors.ts';

/** Parse `LAT,LON,KM`. */
export function parseNear(v: string | undefined): EventFilter['near'] {
  if (v === undefined) return undefined;
  const parts = v.split(',').map((x) => Number(x.trim()));
  const [lat, lon, km] = parts;
  if (parts.length !== 3 || parts.some(Number.isNaN) || Math.abs(lat!) > 90 || Math.abs(lon!) > 180 || km! <= 0) {
    throw new UsageError(`--near must be LAT,LON,KM (e.g. 31.5,34.47,10), got "${v}"`);
  }
  return { lat: lat!, lon: lon!, km: km! };
}

export default defineCommand({
  meta: { name: 'events', description: 'List stored events' },
  args: {
    ...dbArg,
    since: { type: 'string', description: 'Events on or after this day (YYYY-MM-DD)' },
    until: { type: 'string', description: 'Events on or before this day (YYYY-MM-DD)' },
    type: { type: 'string', description: 'ACLED event type or sub-event type, e.g. "Air/drone strike"' },
    country: { type: 'string', description: 'Country name or ISO2 code' },
    actor: { type: 'string', description: 'Substring of actor1 or actor2' },
    near: { type: 'string', description: 'LAT,LON,KM: within KM of a point' },
    background: { type: 'boolean', default: false, description: 'Include events mentioned only as background' },
    limit: { type: 'string', description: 'Maximum number of events', default: '100' },
    format: { type: 'enum', options: [...FORMATS], default: 'table', description: 'Output format' },
  },
  async run({ args }) {
    const filter: EventFilter = {
      since: dayArg('since', args.since),
      until: dayArg('until', args.until),
      type: args.type,
      country: args.country,
      actor: args.actor,
      near: parseNear(args.near),
      includeBackground: args.background,
      limit: intArg('limit', args.limit),
    };
    const store = openDb(args.db);
    try {
      await writeOut(formatEvents(await store.queryEvents(filter), args.format as Format));
    } finally {
      await store.close();
    }
  },
});
