/** Reading events with their evidence, and articles, from SQLite. */
import type { Claim } from '../../core/types.ts';
import { decodeExtracted, fieldEvidence, quote } from '../evidence.ts';
import type { EventDetail, EventSource, MergeDecision, StoredArticle, StoredClaim } from '../store.ts';
import { SELECT_EVENT, toStoredEvent } from './query.ts';
import { articleEventIds } from './save.ts';
import type { Prepare } from './statements.ts';

const SOURCES = `SELECT s.article_id, s.event_index, s.fatalities, s.extracted, a.title, a.url, a.source, a.date, a.text, a.duplicate_of
  FROM event_sources s JOIN articles a ON a.id = s.article_id WHERE s.event_id = ? ORDER BY s.seq`;
const CLAIMS = `SELECT c.article_id, c.role, c.claimant, c.statement, c.span_start, c.span_end, a.text
  FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.event_id = ?
  ORDER BY (SELECT min(s.seq) FROM event_sources s WHERE s.event_id = c.event_id AND s.article_id = c.article_id),
  c.claim_index`;

const DECISIONS = `SELECT article_id AS articleId, event_index AS eventIndex, decision, reason, decided_at AS decidedAt
  FROM merge_decisions WHERE event_id = ? ORDER BY rowid`;

interface SourceRow {
  duplicate_of: string | null;
  article_id: string; event_index: number; fatalities: number | null; extracted: string;
  title: string | null; url: string | null; source: string | null; date: string | null; text: string;
}
interface ClaimRow {
  article_id: string; role: string; claimant: string; statement: string; span_start: number; span_end: number; text: string;
}

/** The event, its sources with per-field quoted evidence, and its claims; null if absent. */
export function readEvent(prepare: Prepare, id: string): EventDetail | null {
  const row = prepare(SELECT_EVENT).get(id) as Record<string, unknown> | undefined;
  if (!row) return null;
  const claimRows = prepare(CLAIMS).all(id) as ClaimRow[];
  const sources: EventSource[] = (prepare(SOURCES).all(id) as SourceRow[]).map((r) => {
    const extracted = decodeExtracted(r.extracted);
    // Claims are stored once, in `claims` (see `encodeExtracted`); rows written before that carry their own.
    if (extracted.claims.length === 0) {
      extracted.claims = claimRows.filter((c) => c.article_id === r.article_id)
        .map((c) => ({ role: c.role as Claim['role'], claimant: c.claimant, statement: c.statement, span: { start: c.span_start, end: c.span_end } }));
    }
    return {
      articleId: r.article_id, eventIndex: r.event_index, title: r.title, url: r.url, source: r.source,
      date: r.date, fatalities: r.fatalities, duplicateOf: r.duplicate_of, evidence: fieldEvidence(extracted, r.text), extracted,
    };
  });
  const claims: StoredClaim[] = claimRows.map((c) => {
    const span = { start: c.span_start, end: c.span_end };
    return { articleId: c.article_id, role: c.role, claimant: c.claimant, statement: c.statement, span, quote: quote(c.text, span) ?? '' };
  });
  const decisions = prepare(DECISIONS).all(id) as MergeDecision[];
  return { event: toStoredEvent(row), sources, claims, decisions };
}

/** One article as stored, with the ids of its events; null if absent. */
export function readArticle(prepare: Prepare, id: string): StoredArticle | null {
  const r = prepare('SELECT * FROM articles WHERE id = ?').get(id) as Record<string, unknown> | undefined;
  if (!r) return null;
  return {
    id: r.id as string, contentHash: r.content_hash as string, date: r.date as string | null,
    title: r.title as string | null, url: r.url as string | null, source: r.source as string | null,
    lang: r.lang as string | null, text: r.text as string, originPath: r.origin_path as string | null,
    originLine: r.origin_line as number | null, framing: JSON.parse(r.framing as string) as StoredArticle['framing'],
    ingestedAt: r.ingested_at as string, extractorVersion: r.extractor_version as string,
    gazetteerVersion: r.gazetteer_version as string,
    duplicateOf: (r.duplicate_of as string | null) ?? null, eventIds: articleEventIds(prepare, id),
  };
}
