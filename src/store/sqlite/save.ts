/** Writing extractions: one article, its events (new or merged), evidence, claims and merge decisions, all or nothing. */
import type { ExtractedEvent, Extraction } from '../../core/types.ts';
import { bandHashes, sketch, type Sketch } from '../../dedupe/sketch.ts';
import { encodeExtracted } from '../evidence.ts';
import { contentHash, eventId } from '../hash.ts';
import type { SaveMeta, SaveResult } from '../store.ts';
import { validateExtraction } from '../validate.ts';
import { placeEvent, recomputeEvent } from './merge.ts';
import { dropSketch, findNearDuplicate, storeSketch, type NearDuplicate } from './near-dup.ts';
import type { BandIndex } from './band-index.ts';
import type { EventIndex } from './event-index.ts';
import type { PendingRows, PendingTable } from './pending.ts';
import type { SourceCache } from './source-cache.ts';
import type { Prepare } from './statements.ts';

/** What the save path works with: the connection's statement cache, in-memory indexes and deferred rows. */
export interface SaveContext {
  prepare: Prepare;
  bands: BandIndex;
  events: EventIndex;
  sources: SourceCache;
  pending: PendingRows;
}

/** Columns of a new article row, in the order its INSERT takes them (positional: binding by name costs more). */
export const ARTICLE_COLUMNS = ['id', 'content_hash', 'date', 'title', 'url', 'source', 'lang', 'text', 'origin_path', 'origin_line',
  'framing', 'ingested_at', 'extractor_version', 'gazetteer_version', 'duplicate_of'] as const;
/** A new article; nothing when its id or content hash is taken (the save path then tells which). */
const INSERT_ARTICLE = `INSERT INTO articles (${ARTICLE_COLUMNS.join(', ')}) VALUES (${ARTICLE_COLUMNS.map(() => '?').join(', ')})
  ON CONFLICT DO NOTHING`;
const UPDATE_ARTICLE = `UPDATE articles SET content_hash = @content_hash, date = @date, title = @title, url = @url,
  source = @source, lang = @lang, text = @text, origin_path = @origin_path, origin_line = @origin_line,
  framing = @framing, ingested_at = @ingested_at, extractor_version = @extractor_version,
  gazetteer_version = @gazetteer_version, duplicate_of = @duplicate_of WHERE id = @id`;
/** Columns of a new event row, in the order its INSERT takes them. */
export const EVENT_COLUMNS = ['id', 'date', 'date_precision', 'background', 'event_type', 'sub_event_type', 'actor1', 'actor1_kind',
  'actor2', 'actor2_kind', 'country', 'iso2', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision', 'weapon',
  'fatalities', 'fatalities_low', 'fatalities_high', 'injured', 'certainty'] as const;
const INSERT_EVENT = `INSERT INTO events (${EVENT_COLUMNS.join(', ')}) VALUES (${EVENT_COLUMNS.map(() => '?').join(', ')})
  ON CONFLICT (id) DO NOTHING`;
/**
 * A row's values in column order: {@link articleRow} and {@link eventRow} build their keys in
 * the order of {@link ARTICLE_COLUMNS} and {@link EVENT_COLUMNS} (a test holds them to it), so
 * this is `Object.values`, not a lookup per column.
 */
const valuesOf = (row: Record<string, unknown>): unknown[] => Object.values(row);
/** The first source of a new event (seq 1), and a further source of a stored one (next seq). */
const INSERT_FIRST_SOURCE = `INSERT INTO event_sources (event_id, article_id, event_index, seq, fatalities, injured, extracted)
  VALUES (?, ?, ?, 1, ?, ?, ?)`;
const INSERT_SOURCE = `INSERT INTO event_sources (event_id, article_id, event_index, seq, fatalities, injured, extracted)
  VALUES (@event_id, @article_id, @event_index,
  (SELECT coalesce(max(seq), 0) + 1 FROM event_sources WHERE event_id = @event_id), @fatalities, @injured, @extracted)`;
/** Claims and merge decisions are only read back after the save: deferred (see {@link PendingRows}). */
const CLAIM_ROWS: PendingTable = {
  table: 'claims', columns: ['event_id', 'article_id', 'claim_index', 'role', 'claimant', 'statement', 'span_start', 'span_end'],
};
const DECISION_ROWS: PendingTable = {
  table: 'merge_decisions', columns: ['article_id', 'event_index', 'event_id', 'decision', 'reason', 'decided_at'],
};
const ARTICLE_EVENT_IDS = `SELECT event_id FROM event_sources WHERE article_id = ? ORDER BY event_index`;

/** Event ids sourced from one article, in event-index order. */
export function articleEventIds(prepare: Prepare, articleId: string): string[] {
  return [...new Set(prepare(ARTICLE_EVENT_IDS).pluck().all(articleId) as string[])];
}

export function articleRow(x: Extraction, meta: SaveMeta, hash: string, duplicateOf: string | null): Record<string, unknown> {
  const a = x.article;
  return {
    id: a.id, content_hash: hash, date: a.date, title: a.title ?? null, url: a.url ?? null,
    source: a.source ?? null, lang: a.lang ?? null, text: a.text, origin_path: a.origin?.path ?? null,
    origin_line: a.origin?.line ?? null, framing: JSON.stringify(x.framing), ingested_at: meta.ingestedAt,
    extractor_version: meta.extractorVersion, gazetteer_version: meta.gazetteerVersion, duplicate_of: duplicateOf,
  };
}

/** The flat events row for a single-source event (fatalities_low = high = best). */
export function eventRow(id: string, ev: ExtractedEvent): Record<string, unknown> {
  const place = ev.place?.value ?? null;
  const fat = ev.fatalities.value ?? null;
  return {
    id, date: ev.date.value, date_precision: ev.datePrecision, background: ev.background ? 1 : 0,
    event_type: ev.eventType.value, sub_event_type: ev.subEventType.value,
    actor1: ev.actor1?.value.name ?? null, actor1_kind: ev.actor1?.value.kind ?? null,
    actor2: ev.actor2?.value.name ?? null, actor2_kind: ev.actor2?.value.kind ?? null,
    country: place?.country ?? null, iso2: place?.iso2 ?? null, admin1: place?.admin1 ?? null,
    location: place?.name ?? null, latitude: place?.latitude ?? null, longitude: place?.longitude ?? null,
    geo_precision: place?.precision ?? null, weapon: ev.weapon?.value ?? null,
    fatalities: fat, fatalities_low: fat, fatalities_high: fat, injured: ev.injured.value ?? null,
    certainty: ev.certainty,
  };
}

/**
 * Insert a new event under `eventId(article, index)`, or, when that id is taken (by an event
 * that an earlier version of the article fed and that others still source), under a salted one.
 */
function insertEvent({ prepare, events }: SaveContext, articleId: string, ev: ExtractedEvent): string {
  const insert = prepare(INSERT_EVENT);
  const row = eventRow(eventId(articleId, ev.index), ev);
  for (let n = 1; insert.run(valuesOf(row)).changes === 0; n++) row.id = eventId(`${articleId}#${n}`, ev.index);
  events.added(row, articleId);
  return row.id as string;
}

/**
 * Detach an article from its events: drop its sources, claims and merge decisions, then
 * recompute each event it fed from the remaining sources (deleting events left with none).
 * Merged events keep their ids, so re-saving a changed article never orphans other sources.
 */
function detachArticle({ prepare, bands, events, sources, pending }: SaveContext, articleId: string): void {
  pending.flush(prepare);
  const ids = articleEventIds(prepare, articleId);
  prepare('DELETE FROM claims WHERE article_id = ?').run(articleId);
  prepare('DELETE FROM event_sources WHERE article_id = ?').run(articleId);
  sources.forgetArticle(articleId);
  prepare('DELETE FROM merge_decisions WHERE article_id = ?').run(articleId);
  dropSketch(prepare, bands, articleId);
  for (const id of ids) {
    events.unsourced(id, articleId);
    recomputeEvent(prepare, events, sources, id);
  }
}

/** The stored original `x` is a near-copy of (never itself: no cycles), or null. */
function nearDuplicateOf({ prepare, bands }: SaveContext, x: Extraction, sk: Sketch, hashes: Int32Array): NearDuplicate | null {
  const near = findNearDuplicate(prepare, bands, x.article.id, x.article.date, sk, hashes);
  return near?.originalId === x.article.id ? null : near;
}

/**
 * Save one extraction. Must run inside a transaction (the caller's), which must
 * `ctx.pending.flush()` before it ends; throws on invalid input (unless `validated` says
 * {@link validateExtraction} already passed) or a constraint violation, and the caller's
 * rollback (with `ctx.pending.clear()` and `ctx.bands.clear()`) undoes everything.
 *
 * Each event becomes a new event or a further source of a stored one (see `placeEvent`);
 * every choice is recorded in `merge_decisions` with its reason.
 */
export function saveOne(ctx: SaveContext, x: Extraction, meta: SaveMeta, validated = false): SaveResult {
  const { prepare } = ctx;
  if (!validated) validateExtraction(x, meta);
  const hash = meta.contentHash ?? contentHash(x.article);
  const articleId = x.article.id;
  const sk = meta.sketch ?? sketch(x.article.text);
  const hashes = bandHashes(sk.signature);
  // The common case first: a new article, inserted unless its id or content is taken (no
  // lookups before it). Only then is it told apart: the same content is a duplicate; the same
  // id is a re-save, whose near-duplicate is looked for again once its own old sketch is gone.
  let near = nearDuplicateOf(ctx, x, sk, hashes);
  const article = articleRow(x, meta, hash, near?.originalId ?? null);
  const exists = prepare(INSERT_ARTICLE).run(valuesOf(article)).changes === 0;
  if (exists) {
    const dup = prepare('SELECT id FROM articles WHERE content_hash = ?').pluck().get(hash) as string | undefined;
    if (dup !== undefined) return { status: 'duplicate', articleId: dup, eventIds: articleEventIds(prepare, dup) };
    detachArticle(ctx, articleId);
    near = nearDuplicateOf(ctx, x, sk, hashes);
    article.duplicate_of = near?.originalId ?? null;
    prepare(UPDATE_ARTICLE).run(article);
  }
  storeSketch(ctx.pending, ctx.bands, articleId, x.article.date, sk, hashes);

  const eventIds: string[] = [];
  for (const ev of [...x.events].sort((a, b) => a.index - b.index)) {
    const placed = placeEvent(prepare, ctx.events, articleId, ev, near);
    const id = placed.eventId ?? insertEvent(ctx, articleId, ev);
    const extracted = encodeExtracted(ev);
    if (placed.decision === 'new') {
      prepare(INSERT_FIRST_SOURCE).run(id, articleId, ev.index, ev.fatalities.value ?? null, ev.injured.value ?? null, extracted);
    } else {
      prepare(INSERT_SOURCE).run({
        event_id: id, article_id: articleId, event_index: ev.index, fatalities: ev.fatalities.value ?? null,
        injured: ev.injured.value ?? null, extracted,
      });
      ctx.events.sourced(id, articleId);
      ctx.sources.remember(articleId, ev);
    }
    for (let i = 0; i < ev.claims.length; i++) {
      const c = ev.claims[i]!;
      ctx.pending.add(CLAIM_ROWS, [id, articleId, i, c.role, c.claimant, c.statement, c.span.start, c.span.end]);
    }
    ctx.pending.add(DECISION_ROWS, [articleId, ev.index, id, placed.decision, placed.reason, meta.ingestedAt]);
    if (placed.decision !== 'new') recomputeEvent(prepare, ctx.events, ctx.sources, id);
    eventIds.push(id);
  }
  return { status: exists ? 'updated' : 'inserted', articleId, eventIds };
}
