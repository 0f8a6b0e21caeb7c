/**
 * Storage entry point: `openStore()` plus the backend-neutral contract.
 *
 * ```ts
 * const store = openStore({ path: './sitrep.db' });
 * await store.saveExtraction(x, { extractorVersion, gazetteerVersion, ingestedAt });
 * const events = await store.queryEvents({ country: 'Sudan', since: '2024-01-01', limit: 50 });
 * await store.close();
 * ```
 */
import { createSqliteStore, type SqliteStoreOptions } from './sqlite/sqlite-store.ts';
import type { EventStore } from './store.ts';

export type * from './store.ts';
export { contentHash, eventId } from './hash.ts';
export { haversineKm } from './geo.ts';
export { createSqliteStore, type SqliteStoreOptions } from './sqlite/sqlite-store.ts';

/** Options for {@link openStore}. Only SQLite exists today; `path` defaults to `./sitrep.db`. */
export type OpenStoreOptions = SqliteStoreOptions;

/** Open the event store (SQLite, WAL, foreign keys, busy_timeout; migrations applied). */
export function openStore(opts: OpenStoreOptions = {}): EventStore {
  return createSqliteStore(opts);
}
