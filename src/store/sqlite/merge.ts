/**
 * Event-level merging in SQLite: find compatible stored events (candidates from the in-memory
 * {@link EventIndex}: type + date window + lat/lon box, or country for region-level places),
 * pick the closest, and recompute merged events from their sources. The rule itself lives in `src/dedupe/compat.ts`.
 */
import type { ExtractedEvent } from '../../core/types.ts';
import { combineSources, type SourceReport } from '../../dedupe/combine.ts';
import { compatible } from '../../dedupe/compat.ts';
import { viewOfExtracted } from '../../dedupe/view.ts';
import type { EventIndex } from './event-index.ts';
import { nearDuplicateReason, type NearDuplicate } from './near-dup.ts';
import type { SourceCache } from './source-cache.ts';
import type { Prepare } from './statements.ts';

/** Where one extracted event goes: a new event (its id is chosen on insert), or an existing one and why. */
export type Placement =
  | { eventId: null; decision: 'new'; reason: string }
  | { eventId: string; decision: 'merged' | 'near-duplicate'; reason: string };

/** The best compatible stored event for a report, or null with the reason it is new. */
export function findMatch(events: EventIndex, ev: ExtractedEvent, articleId: string): { id: string; reason: string } | { id: null; reason: string } {
  const v = viewOfExtracted(ev);
  if (!v.place) return { id: null, reason: 'no place: never merged' };
  let best: { id: string; reason: string; score: number } | null = null;
  let rejected = 0;
  for (const { id, view } of events.candidates(v, articleId)) {
    const verdict = compatible(v, view);
    if (!verdict.ok) rejected++;
    else if (!best || verdict.score < best.score || (verdict.score === best.score && id < best.id)) best = { id, reason: verdict.reason, score: verdict.score };
  }
  if (best) return { id: best.id, reason: best.reason };
  return { id: null, reason: rejected ? `no compatible event (${rejected} candidate${rejected === 1 ? '' : 's'} rejected)` : 'no candidate event nearby' };
}

/** An event's sources in attach order; their facts come from the {@link SourceCache}. */
const SOURCES = `SELECT s.article_id, s.event_index, coalesce(a.duplicate_of, s.article_id) AS root
  FROM event_sources s JOIN articles a ON a.id = s.article_id WHERE s.event_id = ? ORDER BY s.seq`;
const COLUMNS = ['date', 'date_precision', 'background', 'event_type', 'sub_event_type', 'actor1', 'actor1_kind', 'actor2',
  'actor2_kind', 'country', 'iso2', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision', 'weapon', 'fatalities',
  'fatalities_low', 'fatalities_high', 'injured', 'certainty'];
const UPDATE = `UPDATE events SET ${COLUMNS.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`;

/** Recompute an event's flat fields from its sources; delete it when none is left. */
export function recomputeEvent(prepare: Prepare, events: EventIndex, cache: SourceCache, id: string): void {
  const rows = prepare(SOURCES).raw().all(id) as Array<[article: string, index: number, root: string]>;
  if (rows.length === 0) {
    prepare('DELETE FROM events WHERE id = ?').run(id);
    events.removed(id);
    return;
  }
  const sources: SourceReport[] = rows.map(([articleId, index, rootId]) => ({ articleId, rootId, facts: cache.facts(articleId, index)! }));
  const row = combineSources(sources);
  prepare(UPDATE).run({ id, ...row });
  events.updated(id, row);
}

const ORIGINAL_EVENT = `SELECT s.event_id AS id, e.event_type AS type, e.background AS background FROM event_sources s
  JOIN events e ON e.id = s.event_id WHERE s.article_id = ? AND s.event_index = ?
  AND NOT EXISTS (SELECT 1 FROM event_sources t WHERE t.event_id = s.event_id AND t.article_id = ?)`;

/**
 * Decide where one extracted event of `articleId` goes. A near-duplicate article's event joins
 * the event its original reported at the same index (when the type agrees); otherwise the
 * closest compatible stored event; otherwise a new event with a fresh id.
 */
export function placeEvent(prepare: Prepare, events: EventIndex, articleId: string, ev: ExtractedEvent, near: NearDuplicate | null): Placement {
  let prefix = '';
  if (near) {
    const t = prepare(ORIGINAL_EVENT).get(near.originalId, ev.index, articleId) as { id: string; type: string; background: number } | undefined;
    if (t && t.type === ev.eventType.value && (t.background === 1) === ev.background) {
      return { eventId: t.id, decision: 'near-duplicate', reason: `${nearDuplicateReason(near)}; same event as its report #${ev.index} (${ev.subEventType.value})` };
    }
    prefix = `${nearDuplicateReason(near)}, but its report #${ev.index} has no ${ev.eventType.value} counterpart; `;
  }
  const m = findMatch(events, ev, articleId);
  if (m.id !== null) return { eventId: m.id, decision: 'merged', reason: prefix + m.reason };
  return { eventId: null, decision: 'new', reason: prefix + m.reason };
}
