/** EventFilter → SQL for the SQLite backend. */
import type { NormalizedFilter } from '../filter.ts';
import type { StoredEvent } from '../store.ts';

/** SQL functions the queries below rely on; registered per connection by the backend. */
export const SQL_FUNCTIONS = { lower: 'sitrep_lower', haversine: 'sitrep_haversine_km' } as const;

/** A WHERE clause with its positional parameters. */
export interface Where {
  sql: string;
  params: unknown[];
}

const SOURCES = `(SELECT json_group_array(s.article_id ORDER BY s.seq) FROM event_sources s WHERE s.event_id = e.id)`;
const L = SQL_FUNCTIONS.lower;

const ORDER: Record<NormalizedFilter['sort'], string> = {
  date: 'e.date IS NULL, e.date ASC, e.id',
  '-date': 'e.date IS NULL, e.date DESC, e.id',
  fatalities: 'e.fatalities IS NULL, e.fatalities ASC, e.date DESC, e.id',
  '-fatalities': 'e.fatalities IS NULL, e.fatalities DESC, e.date DESC, e.id',
};

function boxClause([w, s, e, n]: [number, number, number, number], params: unknown[]): string {
  params.push(s, n);
  const lat = 'e.latitude BETWEEN ? AND ?';
  if (w <= e) {
    params.push(w, e);
    return `(${lat} AND e.longitude BETWEEN ? AND ?)`;
  }
  params.push(w, e);
  return `(${lat} AND (e.longitude >= ? OR e.longitude <= ?))`;
}

/** Build the WHERE clause for `f` (always non-empty: `1 = 1` at least). */
export function whereClause(f: NormalizedFilter): Where {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...p: unknown[]): void => {
    parts.push(sql);
    params.push(...p);
  };
  if (!f.includeBackground) add('e.background = 0');
  if (f.since) add('e.date >= ?', f.since);
  if (f.until) add('e.date <= ?', f.until);
  if (f.type?.column === 'either') {
    add('(e.event_type = ? COLLATE NOCASE OR e.sub_event_type = ? COLLATE NOCASE)', f.type.value, f.type.value);
  } else if (f.type) {
    add(`e.${f.type.column} = ?`, f.type.value);
  }
  if (f.country) add('(e.country = ? COLLATE NOCASE OR e.iso2 = ? COLLATE NOCASE)', f.country, f.country);
  if (f.actor) add(`(instr(${L}(e.actor1), ?) > 0 OR instr(${L}(e.actor2), ?) > 0)`, f.actor, f.actor);
  if (f.text) {
    const cols = ['e.location', 'e.admin1', 'e.actor1', 'e.actor2'].map((c) => `instr(${L}(${c}), ?) > 0`);
    add(
      `(${cols.join(' OR ')} OR EXISTS (SELECT 1 FROM event_sources s JOIN articles a ON a.id = s.article_id
        WHERE s.event_id = e.id AND (instr(${L}(a.title), ?) > 0 OR instr(${L}(a.text), ?) > 0)))`,
      ...Array(6).fill(f.text),
    );
  }
  if (f.bbox) parts.push(boxClause(f.bbox, params));
  if (f.near) {
    parts.push(boxClause(f.near.box, params));
    add(`${SQL_FUNCTIONS.haversine}(?, ?, e.latitude, e.longitude) <= ?`, f.near.lat, f.near.lon, f.near.km);
  }
  if (f.minFatalities !== undefined) add('e.fatalities >= ?', f.minFatalities);
  return { sql: parts.length ? parts.join(' AND ') : '1 = 1', params };
}

/** SELECT for queryEvents: rows map with {@link toStoredEvent}. */
export function selectSql(f: NormalizedFilter): Where {
  const w = whereClause(f);
  let sql = `SELECT e.*, ${SOURCES} AS sources FROM events e WHERE ${w.sql} ORDER BY ${ORDER[f.sort]}`;
  const params = [...w.params];
  if (f.limit !== undefined || f.offset > 0) {
    sql += ' LIMIT ? OFFSET ?';
    params.push(f.limit ?? -1, f.offset);
  }
  return { sql, params };
}

/** SELECT count(*) for countEvents. */
export function countSql(f: NormalizedFilter): Where {
  const w = whereClause(f);
  return { sql: `SELECT count(*) FROM events e WHERE ${w.sql}`, params: w.params };
}

/** SELECT one event by id. */
export const SELECT_EVENT = `SELECT e.*, ${SOURCES} AS sources FROM events e WHERE e.id = ?`;

/** Map an events row (with `sources` JSON) to a StoredEvent. */
export function toStoredEvent(row: Record<string, unknown>): StoredEvent {
  const sources = JSON.parse((row.sources as string | null) ?? '[]') as string[];
  const { sources: _s, background, ...rest } = row;
  return { ...(rest as Omit<StoredEvent, 'sources' | 'background' | 'article_id'>), background: background === 1, sources, article_id: sources[0] ?? '' };
}
