/**
 * An in-memory copy of the LSH band rows (and signatures) of recently used 7-day buckets, so
 * a near-duplicate probe is 3 × 32 lookups in a {@link BandTable} instead of 96 B-tree seeks in SQLite.
 *
 * The copy is kept exactly equal to what this connection sees in the database:
 * - a bucket is loaded whole from `article_bands` on first use (one PRIMARY KEY range scan);
 * - the save path calls {@link BandIndex.add} / {@link BandIndex.remove} next to each write;
 * - {@link BandIndex.sync} runs at the start of every write transaction: when another
 *   connection has committed since (SQLite's `PRAGMA data_version` changed) everything is
 *   dropped and reloaded on demand;
 * - the store calls {@link BandIndex.clear} whenever a transaction or savepoint rolls back.
 * Buckets are evicted least-recently-used when the copy holds more than `maxRows` band rows
 * (default 1,000,000 ≈ 31,000 articles, about 100 MB): a chronological ingest touches three
 * buckets at a time, so only an ingest spread over more articles than that reloads buckets.
 */
import { BANDS, signatureFromBuffer } from '../../dedupe/sketch.ts';
import { BandTable } from './band-table.ts';
import { commitProbe, type Prepare } from './statements.ts';

interface Bucket {
  /** (band, hash) → the id, or ids, of articles whose band hashes alike. */
  bands: BandTable;
  /** Signatures seen so far (loaded by id on demand, or added on save). */
  signatures: Map<string, Uint32Array>;
  /** Band rows held (for the memory bound). */
  rows: number;
  /** When it was last used ({@link BandIndex} clock): the least recently used go first. */
  used: number;
}

const emptyBucket = (): Bucket => ({ bands: new BandTable(), signatures: new Map(), rows: 0, used: 0 });

const BUCKET_ROWS = `SELECT band, hash, article_id FROM article_bands WHERE bucket = ?`;
const SIGNATURE = `SELECT signature FROM article_sketches WHERE article_id = ?`;

export class BandIndex {
  private readonly buckets = new Map<number, Bucket>();
  /** Buckets with rows added since the save path last wrote its deferred rows. */
  private readonly unwritten = new Set<number>();
  private rows = 0;
  private clock = 0;
  private otherCommits: (() => boolean) | null = null;

  /**
   * @param beforeRead writes the save path's deferred rows; called before reloading a bucket
   *   that has rows not yet written (then {@link written} must follow)
   */
  constructor(
    private readonly prepare: Prepare,
    private readonly beforeRead: () => void = () => {},
    private readonly maxRows = 1_000_000,
  ) {}

  /** Drop everything when another connection has committed since the last call. */
  sync(): void {
    if ((this.otherCommits ??= commitProbe(this.prepare))()) this.clear();
  }

  /** Forget everything (after a rollback). */
  clear(): void {
    this.buckets.clear();
    this.unwritten.clear();
    this.rows = 0;
  }

  /** The deferred rows have been written to SQLite. */
  written(): void {
    this.unwritten.clear();
  }

  /** Ids of stored articles sharing at least one band hash with `hashes` in `bucket`. */
  candidates(bucket: number, hashes: ArrayLike<number>, into: Set<string>): void {
    const bands = this.bucket(bucket).bands;
    for (let band = 0; band < BANDS; band++) {
      const ids = bands.get(band, hashes[band]!);
      if (typeof ids === 'string') into.add(ids);
      else if (ids) for (const id of ids) into.add(id);
    }
  }

  /** The stored signature of `articleId` (in `bucket`), or undefined when it has none. */
  signature(bucket: number, articleId: string): Uint32Array | undefined {
    const b = this.bucket(bucket);
    let sig = b.signatures.get(articleId);
    if (!sig) {
      // Only rows read from SQLite lack a signature here: added ones carry theirs.
      const buf = this.prepare(SIGNATURE).pluck().get(articleId) as Buffer | undefined;
      if (!buf) return undefined;
      sig = signatureFromBuffer(buf);
      b.signatures.set(articleId, sig);
    }
    return sig;
  }

  /** Record rows just written for `articleId`. */
  add(bucket: number, articleId: string, signature: Uint32Array, hashes: ArrayLike<number>): void {
    const b = this.bucket(bucket);
    this.unwritten.add(bucket);
    b.signatures.set(articleId, signature);
    let added = 0;
    for (let band = 0; band < BANDS; band++) if (b.bands.addId(band, hashes[band]!, articleId)) added++;
    b.rows += added;
    this.rows += added;
    this.evict(b);
  }

  /** Forget rows just deleted for `articleId`. */
  remove(bucket: number, articleId: string, hashes: ArrayLike<number>): void {
    const b = this.buckets.get(bucket);
    if (!b) return;
    b.signatures.delete(articleId);
    let removed = 0;
    for (let band = 0; band < BANDS; band++) {
      const hash = hashes[band]!;
      const ids = b.bands.get(band, hash);
      if (ids === articleId) b.bands.delete(band, hash);
      else if (typeof ids === 'object' && ids.includes(articleId)) {
        const rest = ids.filter((id) => id !== articleId);
        b.bands.set(band, hash, rest.length === 1 ? rest[0]! : rest);
      } else continue;
      removed++;
    }
    b.rows -= removed;
    this.rows -= removed;
  }

  /** The bucket, loaded on first use, marked as the most recently used. */
  private bucket(n: number): Bucket {
    let b = this.buckets.get(n);
    if (!b) {
      b = emptyBucket();
      if (this.unwritten.has(n)) this.beforeRead(); // evicted with rows still deferred
      for (const [band, hash, id] of this.prepare(BUCKET_ROWS).raw().all(n) as Array<[number, number, string]>) {
        if (!(band >= 0 && band < BANDS)) continue; // a row from a different BANDS setting: unusable
        if (b.bands.addId(band, hash, id)) b.rows++;
      }
      this.rows += b.rows;
      this.buckets.set(n, b);
    }
    b.used = ++this.clock;
    this.evict(b);
    return b;
  }

  /** Evict least-recently-used buckets beyond `maxRows`, never `keep` (the one in use). */
  private evict(keep: Bucket): void {
    while (this.rows > this.maxRows) {
      let oldest: [number, Bucket] | null = null;
      for (const [n, b] of this.buckets) if (b !== keep && (!oldest || b.used < oldest[1].used)) oldest = [n, b];
      if (!oldest) return;
      this.rows -= oldest[1].rows;
      this.buckets.delete(oldest[0]);
    }
  }
}
