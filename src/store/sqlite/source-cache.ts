/**
 * The {@link SourceFacts} of stored event sources, parsed once from `event_sources.extracted`
 * and kept by (article, event index), so recomputing an event reads its list of sources but
 * parses only those it has not seen. Recomputing after each of N reports of one story used to
 * parse every source each time — N² JSON parses, 34 ms per report at 1,500 sources.
 *
 * A source row never changes in place: it is inserted, or deleted with its article's other
 * sources when the article is re-saved (the save path calls {@link SourceCache.forgetArticle}).
 * Like the other in-memory copies ({@link BandIndex}, {@link EventIndex}), everything is dropped
 * when another connection has committed ({@link SourceCache.sync}) and on rollback
 * ({@link SourceCache.clear}). Bounded: least recently used articles go beyond `maxEntries`.
 */
import { factsOf, type SourceFacts } from '../../dedupe/combine.ts';
import type { ExtractedEvent } from '../../core/types.ts';
import { decodeExtracted } from '../evidence.ts';
import { commitProbe, type Prepare } from './statements.ts';

const EXTRACTED = `SELECT extracted FROM event_sources WHERE article_id = ? AND event_index = ?`;

export class SourceCache {
  /** Article id → event index → facts; Map order = least recently used first. */
  private readonly byArticle = new Map<string, Map<number, SourceFacts>>();
  private entries = 0;
  private otherCommits: (() => boolean) | null = null;

  constructor(
    private readonly prepare: Prepare,
    private readonly maxEntries = 100_000,
  ) {}

  /** Drop everything when another connection has committed since the last call. */
  sync(): void {
    if ((this.otherCommits ??= commitProbe(this.prepare))()) this.clear();
  }

  /** Forget everything (after a rollback). */
  clear(): void {
    this.byArticle.clear();
    this.entries = 0;
  }

  /** The article's source rows are being deleted (it is re-saved). */
  forgetArticle(articleId: string): void {
    const held = this.byArticle.get(articleId);
    if (!held) return;
    this.entries -= held.size;
    this.byArticle.delete(articleId);
  }

  /** Hold the facts of a source row just written from `ev` (saves parsing it back). */
  remember(articleId: string, ev: ExtractedEvent): void {
    this.put(articleId, ev.index, factsOf(ev));
  }

  /** The facts of stored source (article, index), parsed from SQLite on first use; undefined when there is no such row. */
  facts(articleId: string, index: number): SourceFacts | undefined {
    const held = this.byArticle.get(articleId);
    const f = held?.get(index);
    if (f) {
      this.byArticle.delete(articleId); // most recently used last
      this.byArticle.set(articleId, held!);
      return f;
    }
    const json = this.prepare(EXTRACTED).pluck().get(articleId, index) as string | undefined;
    if (json === undefined) return undefined;
    const parsed = factsOf(decodeExtracted(json));
    this.put(articleId, index, parsed);
    return parsed;
  }

  /** Entries held (for tests and the memory bound). */
  get size(): number {
    return this.entries;
  }

  private put(articleId: string, index: number, f: SourceFacts): void {
    let held = this.byArticle.get(articleId);
    if (held) this.byArticle.delete(articleId);
    else held = new Map();
    if (!held.has(index)) this.entries++;
    held.set(index, f);
    this.byArticle.set(articleId, held);
    for (const [id, m] of this.byArticle) {
      if (this.entries <= this.maxEntries || id === articleId) break;
      this.byArticle.delete(id);
      this.entries -= m.size;
    }
  }
}
