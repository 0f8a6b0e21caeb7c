/** The better-sqlite3 EventStore backend. */
import Database from 'better-sqlite3';
import { normalizeFilter } from '../filter.ts';
import { haversineKm } from '../geo.ts';
import type { EventFilter, EventStore, SaveError, SaveItem, SaveResult } from '../store.ts';
import { validateExtraction } from '../validate.ts';
import { loadMigrations, migrate } from './migrate.ts';
import { countSql, selectSql, SQL_FUNCTIONS, toStoredEvent } from './query.ts';
import { readArticle, readEvent } from './read.ts';
import { BandIndex } from './band-index.ts';
import { EventIndex } from './event-index.ts';
import { PendingRows } from './pending.ts';
import { saveOne, type SaveContext } from './save.ts';
import { SourceCache } from './source-cache.ts';
import { statsEvents } from './stats.ts';
import { statementCache } from './statements.ts';

/** Options for {@link createSqliteStore}. */
export interface SqliteStoreOptions {
  /** Database file; `':memory:'` for a throwaway store. Default `./sitrep.db`. */
  path?: string;
  /** Milliseconds to wait for another writer's lock. Default 5000. */
  busyTimeoutMs?: number;
  /** Override the migrations directory (tests). */
  migrationsDir?: string;
  readonly?: boolean;
}

function registerFunctions(db: Database.Database): void {
  db.function(SQL_FUNCTIONS.lower, { deterministic: true }, (s: unknown) => (typeof s === 'string' ? s.toLowerCase() : null));
  db.function(SQL_FUNCTIONS.haversine, { deterministic: true }, (lat1: unknown, lon1: unknown, lat2: unknown, lon2: unknown) =>
    [lat1, lon1, lat2, lon2].every((v) => typeof v === 'number') ? haversineKm(lat1 as number, lon1 as number, lat2 as number, lon2 as number) : null,
  );
}

/**
 * Open (creating if needed) a SQLite event store: WAL journal, foreign keys on,
 * busy_timeout set, pending migrations applied. The handle belongs to the returned store.
 */
export function createSqliteStore(opts: SqliteStoreOptions = {}): EventStore {
  const path = opts.path ?? './sitrep.db';
  const db = new Database(path, { readonly: opts.readonly ?? false });
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(opts.busyTimeoutMs ?? 5000))}`);
    db.pragma('foreign_keys = ON');
    if (!opts.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('temp_store = MEMORY');
      migrate(db, loadMigrations(opts.migrationsDir));
    }
    registerFunctions(db);
  } catch (err) {
    db.close();
    throw err;
  }
  const prepare = statementCache(db);
  const pending: PendingRows = new PendingRows(() => bands.written());
  const bands: BandIndex = new BandIndex(prepare, () => pending.flush(prepare));
  const ctx: SaveContext = { prepare, pending, bands, events: new EventIndex(prepare), sources: new SourceCache(prepare) };
  /** After a rollback, forget what memory holds of the rolled-back writes. */
  const forget = (): void => {
    pending.clear();
    ctx.bands.clear();
    ctx.events.clear();
    ctx.sources.clear();
  };
  /** At the start of a write transaction: drop the in-memory copies if another connection wrote. */
  const sync = (): void => {
    ctx.bands.sync();
    ctx.events.sync();
    ctx.sources.sync();
  };
  /** `fn` runs a write transaction; a rollback also drops the in-memory state. */
  const guarded = <A extends unknown[], R>(fn: (...a: A) => R) => (...a: A): R => {
    try {
      return fn(...a);
    } catch (err) {
      forget();
      throw err;
    }
  };
  const failure = (item: SaveItem, err: unknown): SaveError => {
    const id = (item as Partial<SaveItem> | null)?.x?.article?.id;
    return { status: 'error', articleId: typeof id === 'string' ? id : null, eventIds: [], error: err instanceof Error ? err.message : String(err) };
  };
  const saveOneTx = db.transaction((item: SaveItem) => {
    sync();
    const r = saveOne(ctx, item.x, item.meta);
    pending.flush(prepare);
    return r;
  });
  // Batches take a fast path: one transaction, no savepoints (a savepoint makes SQLite copy
  // every page it first touches, which was half the cost of a save). When an item throws, the
  // batch rolls back and is redone the careful way: each item in its own savepoint
  // (a nested transaction), rolled back alone on error. Invalid input is caught before either.
  const saveAllTx = db.transaction((items: SaveItem[]): SaveResult[] => {
    sync();
    const out = items.map((item) => saveOne(ctx, item.x, item.meta, true));
    pending.flush(prepare);
    return out;
  });
  const saveItemTx = db.transaction((item: SaveItem) => {
    const r = saveOne(ctx, item.x, item.meta, true);
    pending.flush(prepare);
    return r;
  });
  const saveEachTx = db.transaction((items: SaveItem[]) => {
    sync();
    return items.map((item): SaveResult | SaveError => {
      try {
        return saveItemTx(item);
      } catch (err) {
        forget();
        return failure(item, err);
      }
    });
  });
  const saveMany = (items: SaveItem[]): Array<SaveResult | SaveError> => {
    const out: Array<SaveResult | SaveError | undefined> = items.map((item) => {
      try {
        validateExtraction(item.x, item.meta);
        return undefined;
      } catch (err) {
        return failure(item, err);
      }
    });
    const valid = items.filter((_, i) => out[i] === undefined);
    let saved: Array<SaveResult | SaveError>;
    try {
      saved = guarded(saveAllTx.immediate)(valid);
    } catch {
      saved = guarded(saveEachTx.immediate)(valid);
    }
    let k = 0;
    return out.map((r) => r ?? saved[k++]!);
  };
  let open = true;
  const live = (): void => {
    if (!open) throw new Error('store: closed');
  };

  return {
    name: `sqlite:${path}`,
    dialect: 'sqlite',
    async saveExtraction(x, meta) {
      live();
      return guarded(saveOneTx.immediate)({ x, meta });
    },
    async saveMany(items) {
      live();
      return saveMany(items);
    },
    async queryEvents(f?: EventFilter) {
      live();
      const q = selectSql(normalizeFilter(f));
      return (prepare(q.sql).all(...q.params) as Record<string, unknown>[]).map(toStoredEvent);
    },
    async countEvents(f?: EventFilter) {
      live();
      const q = countSql(normalizeFilter(f));
      return prepare(q.sql).pluck().get(...q.params) as number;
    },
    async stats(f?: EventFilter) {
      live();
      return statsEvents(prepare, normalizeFilter(f));
    },
    async getEvent(id) {
      live();
      return readEvent(prepare, id);
    },
    async getArticle(id) {
      live();
      return readArticle(prepare, id);
    },
    async close() {
      if (!open) return;
      open = false;
      db.close();
    },
  };
}
