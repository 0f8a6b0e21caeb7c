/** `GET /api/events`, `/api/events.geojson`, `/api/events.csv`, `/api/events/:id`, `/api/stats`. */
import { Hono } from 'hono';
import { toCsv, toGeoJson } from '../app/format.ts';
import type { EventStore } from '../store/store.ts';
import { ApiError } from './errors.ts';
import { parseFilter, type PageLimits } from './params.ts';

/** Page limits of the JSON list. */
export const LIST_LIMITS: PageLimits = { default: 100, max: 1000 };
/** Page limits of the GeoJSON/CSV exports (bigger pages, still never a full dump). */
export const EXPORT_LIMITS: PageLimits = { default: 1000, max: 10000 };

/** Event routes over `store`, mounted under `/api`. */
export function eventRoutes(store: EventStore): Hono {
  const r = new Hono();

  r.get('/events', async (c) => {
    const f = parseFilter(c.req.query(), LIST_LIMITS);
    const [total, events] = await Promise.all([store.countEvents(f), store.queryEvents(f)]);
    return c.json({ total, limit: f.limit, offset: f.offset ?? 0, events });
  });

  r.get('/events.geojson', async (c) => {
    const f = parseFilter(c.req.query(), EXPORT_LIMITS);
    const [total, events] = await Promise.all([store.countEvents(f), store.queryEvents(f)]);
    c.header('X-Total-Count', String(total));
    c.header('Content-Type', 'application/geo+json; charset=utf-8');
    return c.body(JSON.stringify(toGeoJson(events)));
  });

  r.get('/events.csv', async (c) => {
    const f = parseFilter(c.req.query(), EXPORT_LIMITS);
    const [total, events] = await Promise.all([store.countEvents(f), store.queryEvents(f)]);
    c.header('X-Total-Count', String(total));
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', 'attachment; filename="events.csv"');
    return c.body(toCsv(events));
  });

  r.get('/events/:id', async (c) => {
    const id = c.req.param('id');
    const d = await store.getEvent(id);
    if (!d) throw new ApiError(`event "${id}" not found`, { status: 404 });
    const { fatalities, fatalities_low, fatalities_high } = d.event;
    return c.json({ ...d, fatalities: { low: fatalities_low, best: fatalities, high: fatalities_high } });
  });

  r.get('/stats', async (c) => {
    const f = parseFilter(c.req.query());
    return c.json(await store.stats(f));
  });

  return r;
}
