/**
 * Near-duplicate articles in SQLite: MinHash signatures plus LSH band rows, probed through an
 * in-memory copy of the rows of recent buckets ({@link BandIndex}).
 *
 * Band rows are keyed `(bucket, band, hash)` where bucket = the article's 7-day period
 * (days since 1970-01-01 ÷ 7; −1 when undated). A new article probes its own bucket and the
 * two neighbours, so copies published within a week of each other (at least 7, at most 13
 * days) are found. The bucket prefix keeps inserts of a chronological ingest on a few hot
 * B-tree pages instead of scattering them over the whole index (random band hashes would
 * otherwise dirty every leaf page on each commit, and ingest would grow quadratically).
 */
import {
  BANDS, bandHashes, estimateJaccard, MIN_SHINGLES, NEAR_DUPLICATE_JACCARD, SHINGLE_WORDS, signatureFromBuffer, signatureToBuffer,
  type Sketch,
} from '../../dedupe/sketch.ts';
import { dayNumber } from '../../dedupe/dates.ts';
import type { BandIndex } from './band-index.ts';
import { insertRows, type Deferred, type PendingRows, type PendingTable } from './pending.ts';
import type { Prepare } from './statements.ts';

/** The earlier article a new one copies, with the estimated similarity. */
export interface NearDuplicate {
  /** The original (the root of a chain of copies). */
  originalId: string;
  /** The most similar stored article (often the original itself). */
  matchId: string;
  jaccard: number;
}

const list = (n: number, tuple: string): string => Array.from({ length: n }, () => tuple).join(', ');
const BAND_TABLE: PendingTable = { table: 'article_bands', columns: ['bucket', 'band', 'hash', 'article_id'], or: 'IGNORE' };
/** Articles per sort run of one (bucket, band): the run's index fits below a hash in a double. */
const RUN = 2 ** 21;

/**
 * The deferred band rows, one record per article (its bucket, id and {@link BANDS} hashes, the
 * hashes in one typed array), written in primary-key order — by bucket, band, then hash —
 * which makes the inserts a bulk load. Each (bucket, band) is ordered by one native sort of
 * doubles `hash·2²¹ + i` (i = the article's place in the bucket; hashes are signed, shifted by
 * 2³¹), no comparator and no row objects; equal hashes (near-copies) keep insertion order, which
 * only affects page locality, never which rows are written.
 */
class BandRows implements Deferred {
  private readonly ids: string[] = [];
  /** Article k's hashes at k·BANDS … k·BANDS + BANDS − 1. */
  private hashes = new Int32Array(256 * BANDS);
  /** Bucket → its articles (indexes into `ids`), in insertion order. */
  private readonly byBucket = new Map<number, number[]>();

  add(bucket: number, articleId: string, hashes: ArrayLike<number>): void {
    const k = this.ids.length;
    this.ids.push(articleId);
    if ((k + 1) * BANDS > this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    for (let band = 0; band < BANDS; band++) this.hashes[k * BANDS + band] = hashes[band]!;
    let members = this.byBucket.get(bucket);
    if (!members) this.byBucket.set(bucket, (members = []));
    members.push(k);
  }

  write(prepare: Prepare): void {
    const { ids, hashes } = this;
    const total = ids.length * BANDS;
    const at = new Int32Array(total); // each row's place in `hashes` (article · BANDS + band)
    const buckets = new Int32Array(total);
    let row = 0;
    for (const bucket of [...this.byBucket.keys()].sort((x, y) => x - y)) {
      const members = this.byBucket.get(bucket)!;
      for (let band = 0; band < BANDS; band++) {
        for (let start = 0; start < members.length; start += RUN) {
          const n = Math.min(RUN, members.length - start);
          const keys = new Float64Array(n);
          for (let i = 0; i < n; i++) keys[i] = (hashes[members[start + i]! * BANDS + band]! + 2 ** 31) * RUN + i; // signed order, as SQLite sorts
          keys.sort();
          for (let i = 0; i < n; i++) {
            at[row] = members[start + (keys[i]! % RUN)]! * BANDS + band;
            buckets[row++] = bucket;
          }
        }
      }
    }
    insertRows(prepare, BAND_TABLE, total, (r, params, k) => {
      const p = at[r]!;
      params[k] = buckets[r];
      params[k + 1] = p % BANDS;
      params[k + 2] = hashes[p];
      params[k + 3] = ids[(p - (p % BANDS)) / BANDS];
    });
  }
}
const SKETCH_ROWS: PendingTable = { table: 'article_sketches', columns: ['article_id', 'bucket', 'signature'] };
const DELETE_BANDS = `DELETE FROM article_bands WHERE (bucket, band, hash, article_id) IN (VALUES ${list(BANDS, '(?, ?, ?, ?)')})`;
const ROOT = `SELECT coalesce(duplicate_of, id) FROM articles WHERE id = ?`;

/** The 7-day bucket of a `YYYY-MM-DD` date; −1 for undated articles. */
export function dateBucket(date: string | null): number {
  return date === null ? -1 : Math.floor(dayNumber(date) / 7);
}

/**
 * Best near-duplicate of `sk` among stored articles near `date`, other than `articleId`; or null.
 * Candidates come from the in-memory copy of the band rows of the article's bucket and its two
 * neighbours (see {@link BandIndex}); each is verified on its stored signature.
 */
export function findNearDuplicate(
  prepare: Prepare, index: BandIndex, articleId: string, date: string | null, sk: Sketch, hashes: ArrayLike<number> = bandHashes(sk.signature),
): NearDuplicate | null {
  if (sk.shingles < MIN_SHINGLES) return null;
  const b = dateBucket(date);
  let best: { id: string; j: number } | null = null;
  const seen = new Set<string>();
  for (let bucket = b < 0 ? -1 : b - 1, last = b < 0 ? -1 : b + 1; bucket <= last; bucket++) {
    seen.clear();
    index.candidates(bucket, hashes, seen);
    seen.delete(articleId);
    for (const id of seen) {
      const sig = index.signature(bucket, id);
      if (!sig) continue;
      const j = estimateJaccard(sk.signature, sig);
      if (j >= NEAR_DUPLICATE_JACCARD && (!best || j > best.j || (j === best.j && id < best.id))) best = { id, j };
    }
  }
  if (!best) return null;
  const root = (prepare(ROOT).pluck().get(best.id) as string | undefined) ?? best.id;
  return { originalId: root, matchId: best.id, jaccard: best.j };
}

/** Parameters of {@link DELETE_BANDS}: (bucket, band, hash, article) × BANDS. */
function bandRows(bucket: number, hashes: ArrayLike<number>, articleId: string): unknown[] {
  const out = new Array<unknown>(BANDS * 4);
  for (let band = 0; band < BANDS; band++) out.splice(band * 4, 4, bucket, band, hashes[band], articleId);
  return out;
}

/** Remove an article's signature and band rows (found by PRIMARY KEY from the stored signature); pending rows must be flushed. */
export function dropSketch(prepare: Prepare, index: BandIndex, articleId: string): void {
  const row = prepare('SELECT bucket, signature FROM article_sketches WHERE article_id = ?').get(articleId) as { bucket: number; signature: Buffer } | undefined;
  if (!row) return;
  const hashes = bandHashes(signatureFromBuffer(row.signature));
  prepare(DELETE_BANDS).run(bandRows(row.bucket, hashes, articleId));
  prepare('DELETE FROM article_sketches WHERE article_id = ?').run(articleId);
  index.remove(row.bucket, articleId, hashes);
}

/** Store an article's signature and band rows (after {@link dropSketch} on re-save); texts too short get none. */
export function storeSketch(
  pending: PendingRows, index: BandIndex, articleId: string, date: string | null, sk: Sketch, hashes: ArrayLike<number> = bandHashes(sk.signature),
): void {
  if (sk.shingles < MIN_SHINGLES) return;
  const bucket = dateBucket(date);
  pending.add(SKETCH_ROWS, [articleId, bucket, signatureToBuffer(sk.signature)]);
  pending.writer(BandRows, () => new BandRows()).add(bucket, articleId, hashes);
  index.add(bucket, articleId, sk.signature, hashes);
}

/** The reason text recorded for a near-duplicate attachment. */
export function nearDuplicateReason(nd: NearDuplicate): string {
  const via = nd.matchId === nd.originalId ? '' : ` via '${nd.matchId}'`;
  return `near-duplicate of article '${nd.originalId}'${via} (estimated Jaccard ${nd.jaccard.toFixed(2)} ≥ ${NEAR_DUPLICATE_JACCARD}, ${SHINGLE_WORDS}-word shingles)`;
}
