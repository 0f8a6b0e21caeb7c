/**
 * Near-duplicate articles in SQLite: MinHash signatures plus LSH band rows, probed by index.
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
/** All bands of three buckets probed in one statement: one PRIMARY KEY seek per triple. */
const CANDIDATES = `SELECT DISTINCT article_id FROM article_bands WHERE (bucket, band, hash) IN (VALUES ${list(3 * BANDS, '(?, ?, ?)')})
  AND article_id <> ?`;
const INSERT_BANDS = `INSERT OR IGNORE INTO article_bands (bucket, band, hash, article_id) VALUES ${list(BANDS, '(?, ?, ?, ?)')}`;
const DELETE_BANDS = `DELETE FROM article_bands WHERE (bucket, band, hash, article_id) IN (VALUES ${list(BANDS, '(?, ?, ?, ?)')})`;
const SIGNATURE = `SELECT signature FROM article_sketches WHERE article_id = ?`;
const ROOT = `SELECT coalesce(duplicate_of, id) FROM articles WHERE id = ?`;

/** The 7-day bucket of a `YYYY-MM-DD` date; −1 for undated articles. */
export function dateBucket(date: string | null): number {
  return date === null ? -1 : Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000 / 7);
}

/** Best near-duplicate of `sk` among stored articles near `date`, other than `articleId`; or null. */
export function findNearDuplicate(prepare: Prepare, articleId: string, date: string | null, sk: Sketch): NearDuplicate | null {
  if (sk.shingles < MIN_SHINGLES) return null;
  const b = dateBucket(date);
  const buckets = b < 0 ? [-1, -1, -1] : [b - 1, b, b + 1];
  const hashes = bandHashes(sk.signature);
  const params = buckets.flatMap((bucket) => hashes.flatMap((h, band) => [bucket, band, h]));
  const seen = prepare(CANDIDATES).pluck().all(...params, articleId) as string[];
  let best: { id: string; j: number } | null = null;
  for (const id of seen) {
    const buf = prepare(SIGNATURE).pluck().get(id) as Buffer | undefined;
    if (!buf) continue;
    const j = estimateJaccard(sk.signature, signatureFromBuffer(buf));
    if (j >= NEAR_DUPLICATE_JACCARD && (!best || j > best.j || (j === best.j && id < best.id))) best = { id, j };
  }
  if (!best) return null;
  const root = (prepare(ROOT).pluck().get(best.id) as string | undefined) ?? best.id;
  return { originalId: root, matchId: best.id, jaccard: best.j };
}

const bandRows = (bucket: number, sig: Uint32Array, articleId: string): unknown[] =>
  bandHashes(sig).flatMap((h, band) => [bucket, band, h, articleId]);

/** Remove an article's signature and band rows (found by PRIMARY KEY from the stored signature). */
export function dropSketch(prepare: Prepare, articleId: string): void {
  const row = prepare('SELECT bucket, signature FROM article_sketches WHERE article_id = ?').get(articleId) as { bucket: number; signature: Buffer } | undefined;
  if (!row) return;
  prepare(DELETE_BANDS).run(...bandRows(row.bucket, signatureFromBuffer(row.signature), articleId));
  prepare('DELETE FROM article_sketches WHERE article_id = ?').run(articleId);
}

/** Store an article's signature and band rows (after {@link dropSketch} on re-save); texts too short get none. */
export function storeSketch(prepare: Prepare, articleId: string, date: string | null, sk: Sketch): void {
  if (sk.shingles < MIN_SHINGLES) return;
  const bucket = dateBucket(date);
  prepare('INSERT INTO article_sketches (article_id, bucket, signature) VALUES (?, ?, ?)').run(articleId, bucket, signatureToBuffer(sk.signature));
  prepare(INSERT_BANDS).run(...bandRows(bucket, sk.signature, articleId));
}

/** The reason text recorded for a near-duplicate attachment. */
export function nearDuplicateReason(nd: NearDuplicate): string {
  const via = nd.matchId === nd.originalId ? '' : ` via '${nd.matchId}'`;
  return `near-duplicate of article '${nd.originalId}'${via} (estimated Jaccard ${nd.jaccard.toFixed(2)} ≥ ${NEAR_DUPLICATE_JACCARD}, ${SHINGLE_WORDS}-word shingles)`;
}
