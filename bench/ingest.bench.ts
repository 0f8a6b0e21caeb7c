/**
 * Ingest benchmark: `npx tsx bench/ingest.bench.ts [--quick]`.
 *
 * 1. End to end: extract + store through `ingestItems` (batches of 200, one transaction each)
 *    into a fresh temp SQLite store → articles/s.
 * 2. Save path vs raw: the same pre-extracted items through the store's `saveMany` (one call,
 *    one transaction) into a fresh store, against a raw better-sqlite3 prepared-statement
 *    `INSERT` of exactly the rows the store wrote — read back from the store's DB, every table
 *    (articles, events, event_sources, claims, and whatever the save path writes besides:
 *    sketches, LSH bands, merge decisions…), so the row set follows the store as it changes —
 *    into another fresh DB with the same migrations and pragmas, one transaction → rows/s each
 *    and the ratio (target ≥ 0.8). The raw rows are in memory before the clock starts, so the
 *    raw side is pure SQLite (one INSERT per row), and the ratio is the store's whole overhead
 *    (validation, duplicate and near-duplicate checks, merging, JSON, row building). Like
 *    `ingestItems`, the content hash and sketch come from the dedupe stage before the store.
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
import { createEngine, extractOne, fingerprints, ingestItems } from '../dist/app/pipeline.js';
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
    ratio_to_raw: number;
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

/** Read back what the store wrote. */
function readTables(path: string): RawTables {
  const db = new Database(path, { readonly: true });
  try {
    return {
      tables: tableOrder(db).map((name) => {
        const columns = (db.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).pluck().all(name) as string[]);
        const withoutRowid = /WITHOUT\s+ROWID/i.test(db.prepare(`SELECT sql FROM sqlite_master WHERE name = ?`).pluck().get(name) as string);
        const rows = db.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${name}"${withoutRowid ? '' : ' ORDER BY rowid'}`).raw().all() as unknown[][];
        return { name, columns, rows };
      }),
    };
  } finally {
    db.close();
  }
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

/** Raw prepared-statement INSERT of `data` into a fresh DB, one transaction; seconds. */
function rawInsert(path: string, data: RawTables): number {
  const db = rawDb(path);
  const stmts = data.tables.map((t) => db.prepare(`INSERT INTO "${t.name}" (${t.columns.map((c) => `"${c}"`).join(', ')}) VALUES (${t.columns.map(() => '?').join(', ')})`));
  const t0 = performance.now();
  db.transaction(() => {
    data.tables.forEach((t, i) => {
      const st = stmts[i]!;
      for (const r of t.rows) st.run(r);
    });
  }).immediate();
  const s = (performance.now() - t0) / 1000;
  db.close();
  return s;
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

async function storeSave(path: string, xs: Extraction[]): Promise<number> {
  const store = openStore({ path });
  // Like ingestItems: the content hash and sketch come from the pipeline's dedupe stage, not from inside the store.
  const { fingerprints } = dedupeStage(xs);
  const items: SaveItem[] = xs.map((x, i) => ({ x, meta: { ...META, ...fingerprints[i] } }));
  const t = performance.now();
  const res = await store.saveMany(items);
  const s = (performance.now() - t) / 1000;
  await store.close();
  const bad = res.filter((r) => r.status !== 'inserted');
  if (bad.length) throw new Error(`store saveMany: ${bad.length} items not inserted (first: ${JSON.stringify(bad[0])})`);
  return s;
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
    const items = (function* () {
      for (const a of articles) yield extractOne(a, engine);
    })();
    const sum = await ingestItems(items, store, engine);
    const s = (performance.now() - t) / 1000;
    await store.close();
    end_to_end = { articles: articles.length, seconds: +s.toFixed(3), articles_per_s: +(articles.length / s).toFixed(1), inserted: sum.inserted, events: sum.events, rejected: sum.rejected.length };
  } finally {
    tmp.done();
  }

  // 2. Save path vs raw insert, same rows.
  const xs = opts.extractions?.length ? opts.extractions : articles.map((a) => extractOne(a, engine)).flatMap((r) => (r.ok ? [r.extraction] : []));
  // Warm-up on a slice of the items (JIT, statement preparation, validation code paths), untimed.
  {
    const w = tempDir();
    try {
      await storeSave(join(w.dir, 'warm-store.db'), xs.slice(0, Math.min(50, xs.length)));
      rawInsert(join(w.dir, 'warm-raw.db'), readTables(join(w.dir, 'warm-store.db')));
    } finally {
      w.done();
    }
  }
  let storeBest = Infinity;
  let rawBest = Infinity;
  let workBest = Infinity;
  let data: RawTables | null = null;
  for (let i = 0; i < repeats; i++) {
    const d = tempDir();
    try {
      storeBest = Math.min(storeBest, await storeSave(join(d.dir, 'store.db'), xs));
      data ??= readTables(join(d.dir, 'store.db'));
      rawBest = Math.min(rawBest, rawInsert(join(d.dir, 'raw.db'), data));
      workBest = Math.min(workBest, storeWork(xs));
    } finally {
      d.done();
    }
  }
  const rows_by_table = Object.fromEntries(data!.tables.map((t) => [t.name, t.rows.length]));
  const total = Object.values(rows_by_table).reduce((a, b) => a + b, 0);
  const ratio = rawBest / storeBest;
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
