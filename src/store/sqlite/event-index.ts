/**
 * An in-memory copy of the merge-relevant fields of stored events, by event type and month,
 * so finding the merge candidates of a report is a few binary searches in memory instead of
 * an SQL statement per report (which was the largest single cost of saving an article).
 *
 * The candidates are exactly the rows the index ranges of the merge rule select (see
 * {@link EventIndex.candidates}); `compatible()` then decides. The copy is kept equal to what
 * this connection sees in the database, like the {@link BandIndex}:
 * - a (type, month) bucket is loaded whole on first use (one range of `events_event_type`);
 * - the save path reports each write: {@link EventIndex.added}, {@link EventIndex.sourced},
 *   {@link EventIndex.unsourced}, {@link EventIndex.updated}, {@link EventIndex.removed};
 * - {@link EventIndex.sync} at the start of every write transaction drops everything when
 *   another connection has committed (`PRAGMA data_version`); the store clears it on rollback.
 * Buckets are evicted least-recently-used beyond `maxEvents` (default 300,000 events).
 */
import type { MergeView } from '../../dedupe/compat.ts';
import { KM_LIMIT } from '../../dedupe/compat.ts';
import { civilDate, dayNumber, MAX_WINDOW_DAYS } from '../../dedupe/dates.ts';
import { viewOfRow } from '../../dedupe/view.ts';
import { bboxAround } from '../geo.ts';
import { commitProbe, type Prepare } from './statements.ts';

/** One stored event as the merge rule sees it. */
export interface IndexedEvent {
  id: string;
  view: MergeView;
  /** The stored columns the candidate ranges test (`view` normalises some of them). */
  date: string | null;
  /** `date` as days since 1970-01-01 (NaN when undated): what the ranges compare. */
  day: number;
  datePrecision: string;
  iso2: string | null;
  latitude: number | null;
  longitude: number | null;
  geoPrecision: number | null;
  location: string | null;
  /** Articles that source it (a report never merges into an event its own article sourced). */
  articles: Set<string>;
}

interface Bucket {
  type: string;
  month: string;
  /** When it was last used ({@link EventIndex} clock): the least recently used go first. */
  used: number;
  /** Sorted by date (undated bucket: insertion order). */
  events: IndexedEvent[];
  /** The month-precision events among them (the "vaguely dated" range). */
  monthly: IndexedEvent[];
}

/** The columns a bucket load reads (those of {@link viewOfRow} and the ranges). */
const COLUMNS = `e.id, e.event_type, e.sub_event_type, e.background, e.date, e.date_precision, e.location, e.admin1, e.iso2,
  e.latitude, e.longitude, e.geo_precision, e.actor1, e.actor2,
  (SELECT json_group_array(s.article_id) FROM event_sources s WHERE s.event_id = e.id) AS articles`;
const DATED = `SELECT ${COLUMNS} FROM events e INDEXED BY events_event_type WHERE e.event_type = ? AND e.date BETWEEN ? AND ?`;
const UNDATED = `SELECT ${COLUMNS} FROM events e INDEXED BY events_event_type WHERE e.event_type = ? AND e.date IS NULL`;

const UNDATED_MONTH = 'undated';
const monthOf = (date: string | null): string => (date === null ? UNDATED_MONTH : date.slice(0, 7));

/** The next `YYYY-MM` after `ym`. */
function nextMonth(ym: string): string {
  const y = Number(ym.slice(0, 4));
  const m = Number(ym.slice(5, 7));
  return m === 12 ? `${String(y + 1).padStart(4, '0')}-01` : `${ym.slice(0, 5)}${String(m + 1).padStart(2, '0')}`;
}

/** First index in `events` (sorted by date) whose day is ≥ `day`. */
function lowerBound(events: IndexedEvent[], day: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (events[mid]!.day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Stored row → index entry. */
function entryOf(row: Record<string, unknown>, articles: Iterable<string>): IndexedEvent {
  return {
    id: row.id as string, view: viewOfRow(row), date: (row.date as string | null) ?? null,
    day: typeof row.date === 'string' ? dayNumber(row.date) : NaN,
    datePrecision: row.date_precision as string, iso2: (row.iso2 as string | null) ?? null,
    latitude: typeof row.latitude === 'number' ? row.latitude : null, longitude: typeof row.longitude === 'number' ? row.longitude : null,
    geoPrecision: typeof row.geo_precision === 'number' ? row.geo_precision : null,
    location: (row.location as string | null) ?? null, articles: new Set(articles),
  };
}

export class EventIndex {
  /** Event type → month (or 'undated') → bucket. */
  private readonly buckets = new Map<string, Map<string, Bucket>>();
  private clock = 0;
  private readonly byId = new Map<string, { entry: IndexedEvent; bucket: Bucket }>();
  private otherCommits: (() => boolean) | null = null;

  constructor(
    private readonly prepare: Prepare,
    private readonly maxEvents = 300_000,
  ) {}

  /** Drop everything when another connection has committed since the last call. */
  sync(): void {
    if ((this.otherCommits ??= commitProbe(this.prepare))()) this.clear();
  }

  /** Forget everything (after a rollback, or when many sources change at once). */
  clear(): void {
    this.buckets.clear();
    this.byId.clear();
  }

  /**
   * Stored events that the merge rule's index ranges select for report `v` of `articleId`,
   * each once, none sourced by `articleId` itself:
   * - dated report, place precision ≤ 2: same type, date within ±7 days (day/week precision;
   *   else ±{@link MAX_WINDOW_DAYS}), inside the {@link KM_LIMIT} box around it; or a region-level
   *   event (precision 3) of the same country in that window;
   * - dated report, region-level place: same type and country, any precision 1–3, same window;
   * - day/week report: also the month-precision events of its month;
   * - undated report: undated events of the same type at the same place name.
   */
  candidates(v: MergeView, articleId: string): IndexedEvent[] {
    const p = v.place;
    if (!p) return [];
    const out: IndexedEvent[] = [];
    if (v.date === null) {
      for (const e of this.bucket(v.eventType, UNDATED_MONTH).events) if (e.location === p.name && !e.articles.has(articleId)) out.push(e);
      return out;
    }
    const fine = v.datePrecision === 'day' || v.datePrecision === 'week';
    const near = fine ? 7 : MAX_WINDOW_DAYS;
    const day = dayNumber(v.date);
    const [lo, hi] = [day - near, day + near];
    const box = p.precision <= 2 ? bboxAround(p.lat, p.lon, KM_LIMIT[2]) : null;
    const ym = v.date.slice(0, 7); // lo ≤ date ≤ hi: the loop passes this month
    for (let month = civilDate(lo).slice(0, 7), last = civilDate(hi).slice(0, 7); month <= last; month = nextMonth(month)) {
      const b = this.bucket(v.eventType, month);
      const own = fine && month === ym;
      for (let i = lowerBound(b.events, lo); i < b.events.length; i++) {
        const e = b.events[i]!;
        if (e.day > hi) break;
        const sameCountry = e.iso2 !== null && e.iso2 === p.iso2;
        const taken = box ? inBox(e, box) || (sameCountry && e.geoPrecision === 3) : sameCountry && isRegionPrecision(e.geoPrecision);
        if ((taken || (own && e.datePrecision === 'month')) && !e.articles.has(articleId)) out.push(e);
      }
      if (own) {
        // Month-precision events of the report's month outside the window.
        for (const e of b.monthly) if ((e.day < lo || e.day > hi) && !e.articles.has(articleId)) out.push(e);
      }
    }
    return out;
  }

  /** A new event was inserted with its first source. */
  added(row: Record<string, unknown>, articleId: string): void {
    const b = this.held(row.event_type as string, monthOf((row.date as string | null) ?? null));
    if (b) this.insert(b, entryOf(row, [articleId]));
  }

  /** `articleId` became a further source of event `id`. */
  sourced(id: string, articleId: string): void {
    this.byId.get(id)?.entry.articles.add(articleId);
  }

  /** `articleId` no longer sources event `id` (its article is being re-saved). */
  unsourced(id: string, articleId: string): void {
    this.byId.get(id)?.entry.articles.delete(articleId);
  }

  /** Event `id`'s fields were recomputed (`row`: its new merge-relevant columns). */
  updated(id: string, row: Record<string, unknown>): void {
    const held = this.byId.get(id);
    const target = this.held(row.event_type as string, monthOf((row.date as string | null) ?? null));
    if (!held) {
      // Not held: its new bucket, if loaded, must be reloaded to include it.
      if (target) this.drop(target);
      return;
    }
    this.detach(held.entry, held.bucket);
    if (target) this.insert(target, entryOf({ ...row, id }, held.entry.articles));
  }

  /** Event `id` was deleted. */
  removed(id: string): void {
    const held = this.byId.get(id);
    if (held) this.detach(held.entry, held.bucket);
  }

  /** Events held (for tests and the memory bound). */
  get size(): number {
    return this.byId.size;
  }

  /** The bucket if loaded (not marked as used). */
  private held(type: string, month: string): Bucket | undefined {
    return this.buckets.get(type)?.get(month);
  }

  /** The bucket, loaded on first use, marked most recently used. */
  private bucket(type: string, month: string): Bucket {
    let byMonth = this.buckets.get(type);
    if (!byMonth) this.buckets.set(type, (byMonth = new Map()));
    let b = byMonth.get(month);
    if (!b) {
      b = { type, month, used: 0, events: [], monthly: [] };
      const rows = (month === UNDATED_MONTH
        ? this.prepare(UNDATED).all(type)
        : this.prepare(DATED).all(type, `${month}-01`, `${month}-31`)) as Array<Record<string, unknown>>;
      for (const row of rows) {
        const e = entryOf(row, JSON.parse(row.articles as string) as string[]);
        b.events.push(e);
        if (e.datePrecision === 'month') b.monthly.push(e);
        this.byId.set(e.id, { entry: e, bucket: b });
      }
      if (month !== UNDATED_MONTH) b.events.sort((x, y) => x.day - y.day);
      byMonth.set(month, b);
      b.used = ++this.clock;
      this.evict(b);
    }
    b.used = ++this.clock;
    return b;
  }

  private insert(b: Bucket, e: IndexedEvent): void {
    if (e.date === null) b.events.push(e);
    else b.events.splice(lowerBound(b.events, e.day), 0, e);
    if (e.datePrecision === 'month') b.monthly.push(e);
    this.byId.set(e.id, { entry: e, bucket: b });
  }

  private detach(e: IndexedEvent, b: Bucket): void {
    const i = b.events.indexOf(e);
    if (i >= 0) b.events.splice(i, 1);
    const j = b.monthly.indexOf(e);
    if (j >= 0) b.monthly.splice(j, 1);
    this.byId.delete(e.id);
  }

  private drop(b: Bucket): void {
    const byMonth = this.buckets.get(b.type);
    byMonth?.delete(b.month);
    if (byMonth?.size === 0) this.buckets.delete(b.type);
    for (const e of b.events) this.byId.delete(e.id);
  }

  /** Evict least-recently-used buckets beyond `maxEvents`, never `keep`. */
  private evict(keep: Bucket): void {
    while (this.byId.size > this.maxEvents) {
      let oldest: Bucket | null = null;
      for (const byMonth of this.buckets.values()) {
        for (const b of byMonth.values()) if (b !== keep && (!oldest || b.used < oldest.used)) oldest = b;
      }
      if (!oldest) return;
      this.drop(oldest);
    }
  }
}

function inBox(e: IndexedEvent, [w, s, east, n]: [number, number, number, number]): boolean {
  const { latitude: lat, longitude: lon } = e;
  if (lat === null || lon === null || lat < s || lat > n) return false;
  return (lon >= w && lon <= east) || (w > east && (lon >= w || lon <= east));
}

const isRegionPrecision = (p: number | null): boolean => p === 1 || p === 2 || p === 3;
