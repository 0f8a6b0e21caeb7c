/**
 * Ingest benchmark: `npx tsx bench/ingest.bench.ts [--quick]`.
 *
 * 1. End to end: extract (batches of `EXTRACT_BATCH`, as the CLI) + store through `ingestItems` (batches of 200, one transaction each)
 *    into a fresh temp SQLite store → articles/s.
 * 2. Save path vs raw: the same pre-extracted items through the store's `saveMany` in batches of
 *    200 (one call, one transaction, each; `ingestItems`' default) into a fresh store, paired batch
 *    by batch with a raw better-sqlite3 prepared-statement `INSERT` of exactly the rows that batch
 *    added — read back from the store's DB after each batch (untimed), every table (articles,
 *    events, event_sources, claims, and whatever the save path writes besides: sketches, LSH
 *    bands, merge decisions…), so the row set follows the store as it changes — into another
 *    fresh DB with the same migrations and pragmas, one transaction per batch. The two sides run
 *    within a fraction of a second of each other; each pass gives raw seconds ÷ store seconds, and
 *    the median pass is the ratio (target ≥ 0.8). The raw rows are in memory before its clock
 *    starts, so the raw side is pure SQLite (one INSERT per row), and the ratio is the store's
 *    whole overhead (validation, duplicate and near-duplicate checks, merging, JSON, row
 *    building). Like `ingestItems`, the content hash and sketch come from the dedupe stage before
 *    the store.
 * 3. A breakdown of that overhead: the store's own work on the same items with every SQLite
 *    statement replaced by a no-op (validation, near-duplicate probes, merge placement, JSON,
 *    row building, deferred-row ordering), best of the same repeats. The fresh store reads
 *    nothing back that a no-op would hide, so this is the JavaScript share of `store_seconds`.
 */
import './built.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { createEngine, EXTRACT_BATCH, extractMany, fingerprints, ingestItems } from '../dist/app/pipeline.js';
import type { Engine } from '../dist/app/pipeline.js';
import type { Article, Extraction } from '../dist/core/types.js';
import type { Sketch } from '../dist/dedupe/sketch.js';
import { openStore } from '../dist/store/index.js';
import type { SaveItem } from '../dist/store/store.js';
import { BandIndex } from '../dist/store/sqlite/band-index.js';
import { EventIndex } from '../dist/store/sqlite/event-index.js';
import { loadMigrations, migrate } from '../dist/store/sqlite/migrate.js';
import { PendingRows } from '../dist/store/sqlite/pending.js';
import { saveOne } from '../dist/store/sqlite/save.js';
import type { SaveContext } from '../dist/store/sqlite/save.js';
import { SourceCache } from '../dist/store/sqlite/source-cache.js';
import type { Prepare } from '../dist/store/sqlite/statements.js';
import { validateExtraction } from '../dist/store/validate.js';
import { generateCorpus } from './corpus.ts';
import { median } from './stats.ts';

export const INGEST_TARGETS = { save_ratio_to_raw: 0.8 } as const;

export interface IngestBenchResult {
  end_to_end: { articles: number; seconds: number; articles_per_s: number; inserted: number; events: number; rejected: number };
  save: {
    articles: number;
    rows: number;
    rows_by_table: Record<string, number>;
    store_seconds: number;
    store_rows_per_s: number;
    raw_seconds: number;
    raw_rows_per_s: number;
    /** Median of `ratio_passes`. */
    ratio_to_raw: number;
    /** Each paired pass's raw seconds ÷ store seconds (see {@link pairedPass}). */
    ratio_passes: number[];
    repeats: number;
    meets_target: boolean;
    /** The store's own work alone (SQLite statements as no-ops): see the module comment. */
    store_work_seconds: number;
  };
}

export interface IngestBenchOptions {
  articles?: Article[];
  /** Corpus size when `articles` is not given (default 2,000): the runner's child process generates its own. */
  n?: number;
  engine?: Engine;
  /** Pre-extracted items (from the extraction benchmark); extracted here when absent. */
  extractions?: Extraction[];
  /** Repeat the save-vs-raw pair and keep each side's best time (default 5). */
  repeats?: number;
}

function tempDir(): { dir: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

const META = { extractorVersion: 'bench', gazetteerVersion: 'bench', ingestedAt: '2025-01-01T00:00:00Z' };

/** Every row of every data table of a store DB, in insertion order, tables ordered parents first. */
interface RawTables {
  tables: Array<{ name: string; columns: string[]; rows: unknown[][] }>;
}

function tableOrder(db: Database.Database): string[] {
  const names = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY name`).pluck().all() as string[]);
  const deps = new Map(names.map((n) => [n, new Set((db.prepare(`SELECT "table" FROM pragma_foreign_key_list(?)`).pluck().all(n) as string[]).filter((t) => t !== n && names.includes(t)))]));
  const out: string[] = [];
  const visit = (n: string, path: Set<string>): void => {
    if (out.includes(n) || path.has(n)) return;
    path.add(n);
    for (const d of deps.get(n) ?? []) visit(d, path);
    out.push(n);
  };
  for (const n of names) visit(n, new Set());
  return out;
}

/** Open a fresh DB with the store's schema and pragmas (WAL, synchronous=NORMAL, temp_store=MEMORY, foreign keys). */
function rawDb(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('temp_store = MEMORY');
  db.pragma('foreign_keys = ON');
  migrate(db, loadMigrations());
  return db;
}

/** The dedupe stage's fingerprints, as `ingestItems` computes them before the store (outside its transaction). */
export function dedupeStage(xs: Extraction[]): { fingerprints: Array<{ contentHash: string; sketch: Sketch }>; ms_per_article: number } {
  const t = performance.now();
  const fps = xs.map((x) => fingerprints(x.article));
  return { fingerprints: fps, ms_per_article: (performance.now() - t) / Math.max(1, xs.length) };
}

/** The save path over `xs` with every statement a no-op: the store's own (JavaScript) work; seconds. */
function storeWork(xs: Extraction[]): number {
  const noop = { run: () => ({ changes: 1, lastInsertRowid: 0 }), get: () => undefined, all: () => [], pluck: () => noop, raw: () => noop };
  const prepare = (() => noop) as unknown as Prepare;
  const { fingerprints } = dedupeStage(xs);
  const items = xs.map((x, i) => ({ x, meta: { ...META, ...fingerprints[i] } }));
  const pending = new PendingRows();
  const ctx: SaveContext = { prepare, pending, bands: new BandIndex(prepare), events: new EventIndex(prepare), sources: new SourceCache(prepare) };
  const t = performance.now();
  for (const it of items) validateExtraction(it.x, it.meta);
  for (const it of items) saveOne(ctx, it.x, it.meta, true);
  pending.flush(prepare);
  return (performance.now() - t) / 1000;
}

/** Clears the young generation (the runner exposes gc): the untimed read-back's garbage is not collected on a timed side's clock. */
const minorGc = (): void => (globalThis.gc as ((o?: { type: 'minor' | 'major' }) => void) | undefined)?.({ type: 'minor' });

/**
 * Reads, after each batch the store saved, the rows it added since the last call (untimed): rowid
 * tables past their last rowid, WITHOUT ROWID tables (LSH bands) by rows not seen before.
 */
class NewRows {
  private readonly db: Database.Database;
  private readonly tables: Array<{ name: string; columns: string[]; read: Database.Statement; withoutRowid: boolean }>;
  private readonly lastRowid = new Map<string, number>();
  private readonly seen = new Map<string, Set<string>>();

  constructor(path: string) {
    this.db = new Database(path, { readonly: true });
    this.tables = tableOrder(this.db).map((name) => {
      const columns = this.db.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).pluck().all(name) as string[];
      const withoutRowid = /WITHOUT\s+ROWID/i.test(this.db.prepare(`SELECT sql FROM sqlite_master WHERE name = ?`).pluck().get(name) as string);
      const cols = columns.map((c) => `"${c}"`).join(', ');
      const read = withoutRowid ? this.db.prepare(`SELECT ${cols} FROM "${name}"`) : this.db.prepare(`SELECT rowid, ${cols} FROM "${name}" WHERE rowid > ? ORDER BY rowid`);
      return { name, columns, read: read.raw(), withoutRowid };
    });
  }

  next(): RawTables {
    return {
      tables: this.tables.map((t) => {
        if (t.withoutRowid) {
          const seen = this.seen.get(t.name) ?? new Set<string>();
          this.seen.set(t.name, seen);
          const rows = (t.read.all() as unknown[][]).filter((r) => {
            const k = JSON.stringify(r);
            return !seen.has(k) && !!seen.add(k);
          });
          return { name: t.name, columns: t.columns, rows };
        }
        const got = t.read.all(this.lastRowid.get(t.name) ?? 0) as unknown[][];
        if (got.length) this.lastRowid.set(t.name, got[got.length - 1]![0] as number);
        return { name: t.name, columns: t.columns, rows: got.map((r) => r.slice(1)) };
      }),
    };
  }

  close(): void {
    this.db.close();
  }
}

/** Items per store transaction in the paired passes: `ingestItems`' default batch. */
const BATCH = 200;

/**
 * One paired pass: the store saves `items` batch by batch (one `saveMany`, one transaction, each),
 * and after each batch the rows it added go into the raw DB in one transaction of prepared INSERTs.
 * The two sides run within a fraction of a second of each other, so the machine's drift hits both.
 * Returns each side's total seconds and every row the raw side inserted.
 */
async function pairedPass(dir: string, items: SaveItem[]): Promise<{ store: number; raw: number; rows: Record<string, number> }> {
  const storePath = join(dir, 'store.db');
  const store = openStore({ path: storePath });
  const reader = new NewRows(storePath);
  const raw = rawDb(join(dir, 'raw.db'));
  const insert = new Map<string, Database.Statement>();
  const rows: Record<string, number> = {};
  let storeMs = 0;
  let rawMs = 0;
  try {
    for (let b = 0; b < items.length; b += BATCH) {
      // No collection here: the store pays for the scavenges of its own garbage. The untimed
      // read-back's garbage is cleared below, before the raw side runs.
      const t = performance.now();
      const res = await store.saveMany(items.slice(b, b + BATCH));
      storeMs += performance.now() - t;
      const bad = res.filter((r) => r.status !== 'inserted');
      if (bad.length) throw new Error(`store saveMany: ${bad.length} items not inserted (first: ${JSON.stringify(bad[0])})`);
      const data = reader.next();
      for (const tb of data.tables) {
        rows[tb.name] = (rows[tb.name] ?? 0) + tb.rows.length;
        if (!insert.has(tb.name)) insert.set(tb.name, raw.prepare(`INSERT INTO "${tb.name}" (${tb.columns.map((c) => `"${c}"`).join(', ')}) VALUES (${tb.columns.map(() => '?').join(', ')})`));
      }
      minorGc();
      const t2 = performance.now();
      raw.transaction(() => {
        for (const tb of data.tables) {
          const st = insert.get(tb.name)!;
          for (const r of tb.rows) st.run(r);
        }
      }).immediate();
      rawMs += performance.now() - t2;
    }
  } finally {
    reader.close();
    raw.close();
    await store.close();
  }
  return { store: storeMs / 1000, raw: rawMs / 1000, rows };
}

export async function runIngestBench(opts: IngestBenchOptions = {}): Promise<IngestBenchResult> {
  const articles = opts.articles ?? generateCorpus({ n: opts.n ?? 2000 });
  const engine = opts.engine ?? createEngine();
  const repeats = opts.repeats ?? 5;

  // 1. End to end.
  const tmp = tempDir();
  let end_to_end: IngestBenchResult['end_to_end'];
  try {
    const store = openStore({ path: join(tmp.dir, 'e2e.db') });
    const t = performance.now();
    // In batches, as the CLI's extractPaths reads them.
    const items = (function* () {
      for (let i = 0; i < articles.length; i += EXTRACT_BATCH) yield* extractMany(articles.slice(i, i + EXTRACT_BATCH), engine);
    })();
    const sum = await ingestItems(items, store, engine);
    const s = (performance.now() - t) / 1000;
    await store.close();
    end_to_end = { articles: articles.length, seconds: +s.toFixed(3), articles_per_s: +(articles.length / s).toFixed(1), inserted: sum.inserted, events: sum.events, rejected: sum.rejected.length };
  } finally {
    tmp.done();
  }

  // 2. Save path vs raw insert, same rows.
  const xs = opts.extractions?.length ? opts.extractions : extractMany(articles, engine).flatMap((r) => (r.ok ? [r.extraction] : []));
  // Like ingestItems: the content hash and sketch come from the pipeline's dedupe stage, not from inside the store.
  const { fingerprints } = dedupeStage(xs);
  const items: SaveItem[] = xs.map((x, i) => ({ x, meta: { ...META, ...fingerprints[i] } }));
  // Warm-up on a slice of the items (JIT, statement preparation, validation code paths), untimed.
  {
    const w = tempDir();
    try {
      await pairedPass(w.dir, items.slice(0, Math.min(2 * BATCH, items.length)));
    } finally {
      w.done();
    }
  }
  let storeBest = Infinity;
  let rawBest = Infinity;
  let workBest = Infinity;
  let rows: Record<string, number> = {};
  const paired: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const d = tempDir();
    try {
      globalThis.gc?.();
      const p = await pairedPass(d.dir, items);
      storeBest = Math.min(storeBest, p.store);
      rawBest = Math.min(rawBest, p.raw);
      paired.push(p.raw / p.store);
      rows = p.rows;
      globalThis.gc?.();
      workBest = Math.min(workBest, storeWork(xs));
    } finally {
      d.done();
    }
  }
  const rows_by_table = rows;
  const total = Object.values(rows_by_table).reduce((a, b) => a + b, 0);
  const ratio = median(paired);
  return {
    end_to_end,
    save: {
      articles: xs.length,
      rows: total,
      rows_by_table,
      store_seconds: +storeBest.toFixed(4),
      store_rows_per_s: Math.round(total / storeBest),
      raw_seconds: +rawBest.toFixed(4),
      raw_rows_per_s: Math.round(total / rawBest),
      ratio_to_raw: +ratio.toFixed(3),
      ratio_passes: paired.map((r) => +r.toFixed(3)),
      repeats,
      meets_target: ratio >= INGEST_TARGETS.save_ratio_to_raw,
      store_work_seconds: +workBest.toFixed(4),
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const quick = process.argv.includes('--quick');
  console.log(JSON.stringify(await runIngestBench({ articles: generateCorpus({ n: quick ? 300 : 2000 }) }), null, 2));
}
