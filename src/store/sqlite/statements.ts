/** A per-connection cache of prepared statements, keyed by SQL text. */
import type Database from 'better-sqlite3';

/** Returns the prepared statement for `sql`, preparing it on first use. */
export type Prepare = (sql: string) => Database.Statement;

/** Build a statement cache for `db`; bounded so dynamic query shapes cannot grow it forever. */
export function statementCache(db: Database.Database, max = 256): Prepare {
  const cache = new Map<string, Database.Statement>();
  return (sql) => {
    let st = cache.get(sql);
    if (!st) {
      if (cache.size >= max) cache.delete(cache.keys().next().value as string);
      st = db.prepare(sql);
      cache.set(sql, st);
    }
    return st;
  };
}

/**
 * A probe answering whether another connection has committed since it was last asked (SQLite's
 * `PRAGMA data_version`; this connection's own commits do not count). The first call says yes.
 */
export function commitProbe(prepare: Prepare): () => boolean {
  let last: number | null = null;
  return () => {
    const v = prepare('PRAGMA data_version').pluck().get() as number;
    const changed = v !== last;
    last = v;
    return changed;
  };
}
