/** SQL aggregation behind `EventStore.stats`: counts by day, day × type, type and country. */
import type { NormalizedFilter } from '../filter.ts';
import type { EventStats } from '../store.ts';
import { whereClause } from './query.ts';
import type { Prepare } from './statements.ts';

/**
 * Aggregate the events matching `f` (limit/offset/sort ignored). Events without a date are
 * counted in `total`, `byType` and `byCountry` but not in the per-day series.
 */
export function statsEvents(prepare: Prepare, f: NormalizedFilter): EventStats {
  const w = whereClause(f);
  const from = `FROM events e WHERE ${w.sql}`;
  const all = <T>(sql: string): T[] => prepare(sql).all(...w.params) as T[];
  const totals = prepare(`SELECT count(*) AS n, coalesce(sum(e.fatalities), 0) AS f ${from}`).get(...w.params) as { n: number; f: number };
  return {
    total: totals.n,
    fatalities: totals.f,
    byDay: all(`SELECT e.date AS date, count(*) AS count, coalesce(sum(e.fatalities), 0) AS fatalities ${from} AND e.date IS NOT NULL GROUP BY e.date ORDER BY e.date`),
    byDayType: all(`SELECT e.date AS date, e.event_type AS type, count(*) AS count ${from} AND e.date IS NOT NULL GROUP BY e.date, e.event_type ORDER BY e.date, e.event_type`),
    byType: all(`SELECT e.event_type AS type, count(*) AS count ${from} GROUP BY e.event_type ORDER BY count DESC, type`),
    byCountry: all(`SELECT e.country AS country, max(e.iso2) AS iso2, count(*) AS count ${from} AND e.country IS NOT NULL GROUP BY e.country ORDER BY count DESC, country`),
  };
}
