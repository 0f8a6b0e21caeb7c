/**
 * The storage contract. Backend-neutral: nothing here names SQLite, and every method
 * returns a Promise so a network database (Postgres via `pg`) can implement it too —
 * the same shape as unjs/db0's async Connector. The SQLite backend resolves at once.
 */
import type { Extraction, ExtractedEvent } from '../core/types.ts';
import type { Sketch } from '../dedupe/sketch.ts';

/** SQL dialect of a backend. `'postgresql'` joins the union when that backend lands. */
export type Dialect = 'sqlite';

/** Provenance recorded with every stored article. */
export interface SaveMeta {
  /** `contentHash(article)` from `./hash.ts`; computed when omitted. */
  contentHash?: string;
  extractorVersion: string;
  gazetteerVersion: string;
  /** ISO 8601 timestamp. */
  ingestedAt: string;
  /**
   * MinHash sketch of the article text (`sketch()` from `src/dedupe/sketch.ts`), computed by the
   * pipeline's dedupe stage; the store computes it when omitted.
   */
  sketch?: Sketch;
}

/** One item for {@link EventStore.saveMany}. */
export interface SaveItem {
  x: Extraction;
  meta: SaveMeta;
}

/**
 * Outcome of saving one article.
 * - `inserted`: new article and its events.
 * - `duplicate`: an article with the same content hash is already stored; nothing changed.
 *   `articleId` is the id of the stored article (it may differ from the input's id when the
 *   same text was filed under another id), `eventIds` its events.
 * - `updated`: same article id, different content: the article row was overwritten and its
 *   events replaced (old events that had no other source are deleted).
 */
export interface SaveResult {
  status: 'inserted' | 'duplicate' | 'updated';
  articleId: string;
  eventIds: string[];
}

/** A {@link EventStore.saveMany} item that failed and was rolled back on its own. */
export interface SaveError {
  status: 'error';
  /** The input's article id, when it had one. */
  articleId: string | null;
  eventIds: [];
  error: string;
}

/** Sort orders; a leading `-` means descending. Unknown dates/fatalities sort last. */
export type EventSort = 'date' | '-date' | 'fatalities' | '-fatalities';

/** Query filter; all conditions are ANDed. */
export interface EventFilter {
  /** Inclusive lower bound, `YYYY-MM-DD`. Events without a date never match. */
  since?: string;
  /** Inclusive upper bound, `YYYY-MM-DD`. */
  until?: string;
  /** ACLED event type or sub-event type, matched case-insensitively. */
  type?: string;
  /** Country name or ISO2 code, case-insensitive. */
  country?: string;
  /** Case-insensitive substring of actor1 or actor2. */
  actor?: string;
  /** Great-circle distance from a point, in km. */
  near?: { lat: number; lon: number; km: number };
  /** `[minLon, minLat, maxLon, maxLat]`; minLon > maxLon crosses the antimeridian. */
  bbox?: [number, number, number, number];
  /** Case-insensitive substring of location, admin1, actors, or a source article's title/text. */
  text?: string;
  minFatalities?: number;
  /** Include events mentioned only as background. Default false. */
  includeBackground?: boolean;
  limit?: number;
  offset?: number;
  /** Default `-date`. */
  sort?: EventSort;
}

/** One event, flat (one row per event, possibly many sources). */
export interface StoredEvent {
  id: string;
  date: string | null;
  date_precision: string;
  background: boolean;
  event_type: string;
  sub_event_type: string;
  actor1: string | null;
  actor1_kind: string | null;
  actor2: string | null;
  actor2_kind: string | null;
  country: string | null;
  iso2: string | null;
  admin1: string | null;
  location: string | null;
  latitude: number | null;
  longitude: number | null;
  geo_precision: number | null;
  weapon: string | null;
  fatalities: number | null;
  fatalities_low: number | null;
  fatalities_high: number | null;
  injured: number | null;
  certainty: string;
  /** Article ids, in the order they were attached. */
  sources: string[];
  /** The first source. */
  article_id: string;
}

/** Where one field's value came from in one source article. */
export interface FieldEvidence {
  field: string;
  value: unknown;
  span: { start: number; end: number } | null;
  /** `text.slice(span.start, span.end)` of the source article; null without a span. */
  quote: string | null;
  stage: string;
  rule: string;
  basis: string;
}

/** One source article of an event, with the evidence for each field it reported. */
export interface EventSource {
  articleId: string;
  eventIndex: number;
  title: string | null;
  url: string | null;
  source: string | null;
  date: string | null;
  fatalities: number | null;
  /** The article this source copies when it is a near-duplicate (wire copy); else null. */
  duplicateOf: string | null;
  evidence: FieldEvidence[];
  /** The per-source extracted event, as extracted. */
  extracted: ExtractedEvent;
}

/** A claim about an event, with the quoted span. */
export interface StoredClaim {
  articleId: string;
  role: string;
  claimant: string;
  statement: string;
  span: { start: number; end: number };
  quote: string;
}

/**
 * Why one source report became a new event or joined an existing one.
 * - `new`: no compatible stored event (reason says why, e.g. "no candidate event nearby").
 * - `merged`: compatible with the event on type, place, date and actors (reason lists each).
 * - `near-duplicate`: the article is a near-copy of an earlier one; joins that one's event.
 */
export interface MergeDecision {
  articleId: string;
  eventIndex: number;
  decision: 'new' | 'merged' | 'near-duplicate';
  reason: string;
  /** The article's `ingestedAt`. */
  decidedAt: string;
}

/** An event with its sources, claims and the merge decisions that joined the sources. */
export interface EventDetail {
  event: StoredEvent;
  sources: EventSource[];
  claims: StoredClaim[];
  /** One per source report, in attach order. */
  decisions: MergeDecision[];
}

/** An article as stored. */
export interface StoredArticle {
  id: string;
  contentHash: string;
  date: string | null;
  title: string | null;
  url: string | null;
  source: string | null;
  lang: string | null;
  text: string;
  originPath: string | null;
  originLine: number | null;
  framing: Extraction['framing'];
  ingestedAt: string;
  extractorVersion: string;
  gazetteerVersion: string;
  /** The earlier article this one near-duplicates (syndicated copy), or null. */
  duplicateOf: string | null;
  eventIds: string[];
}

/** Aggregates over the events matching a filter (see {@link EventStore.stats}). */
export interface EventStats {
  total: number;
  /** Sum of best-estimate fatalities (unknown counts as 0). */
  fatalities: number;
  /** Dated events per day, ascending. */
  byDay: Array<{ date: string; count: number; fatalities: number }>;
  /** Dated events per day and event type, ascending by day. */
  byDayType: Array<{ date: string; type: string; count: number }>;
  /** Events per event type, most frequent first. */
  byType: Array<{ type: string; count: number }>;
  /** Located events per country, most frequent first. */
  byCountry: Array<{ country: string; iso2: string | null; count: number }>;
}

/** Event storage. Implementations must pass `test/contract/event-store.ts`. */
export interface EventStore {
  readonly name: string;
  readonly dialect: Dialect;
  /**
   * Store one article's extraction atomically (all or nothing). Idempotent by content
   * hash: see {@link SaveResult} for `inserted` / `duplicate` / `updated`. Throws on
   * invalid input; nothing is written then.
   */
  saveExtraction(x: Extraction, meta: SaveMeta): Promise<SaveResult>;
  /**
   * Save many in one transaction (fast batch ingest). Each item runs in its own savepoint:
   * a failing item is rolled back alone and reported as a {@link SaveError}; the others commit.
   */
  saveMany(items: SaveItem[]): Promise<Array<SaveResult | SaveError>>;
  queryEvents(f?: EventFilter): Promise<StoredEvent[]>;
  /** Count of events matching `f`, ignoring limit/offset/sort. */
  countEvents(f?: EventFilter): Promise<number>;
  /** Aggregates (by day, day × type, type, country) of events matching `f`, ignoring limit/offset/sort. */
  stats(f?: EventFilter): Promise<EventStats>;
  getEvent(id: string): Promise<EventDetail | null>;
  getArticle(id: string): Promise<StoredArticle | null>;
  close(): Promise<void>;
}
