/** Numbered SQL migrations for the SQLite backend, applied in order and recorded. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';

/** One migration file. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** `src/store/migrations/` (a build must copy the `.sql` files next to the compiled code). */
export const DEFAULT_MIGRATIONS_DIR = fileURLToPath(new URL('../migrations/', import.meta.url));

/** Read `NNN_name.sql` files from `dir`, sorted by number. Throws on gaps or duplicates. */
export function loadMigrations(dir: string = DEFAULT_MIGRATIONS_DIR): Migration[] {
  if (!existsSync(dir)) throw new Error(`store: migrations directory not found: ${dir}`);
  const out: Migration[] = [];
  for (const file of readdirSync(dir)) {
    const m = /^(\d+)_([\w-]+)\.sql$/.exec(file);
    if (!m) continue;
    out.push({ version: Number(m[1]), name: m[2], sql: readFileSync(join(dir, file), 'utf8') });
  }
  out.sort((a, b) => a.version - b.version);
  if (out.length === 0) throw new Error(`store: no migrations (NNN_name.sql) in ${dir}`);
  out.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`store: migration ${m.version}_${m.name} out of sequence (expected ${i + 1})`);
  });
  return out;
}

/**
 * Apply pending migrations. Each runs in its own IMMEDIATE transaction together with its
 * `schema_migrations` row, so a failing migration leaves the database as it was, and two
 * processes opening the same file cannot both apply it. Refuses a database whose schema
 * is newer than this code. Returns the versions applied now.
 */
export function migrate(db: Database.Database, migrations: Migration[]): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied = db.prepare<[], { version: number }>('SELECT version FROM schema_migrations');
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const latest = migrations.at(-1)?.version ?? 0;
  const done: number[] = [];
  for (const m of migrations) {
    db.transaction(() => {
      const have = new Set(applied.all().map((r) => r.version));
      const newest = Math.max(0, ...have);
      if (newest > latest) {
        throw new Error(`store: database schema version ${newest} is newer than this code (${latest})`);
      }
      if (have.has(m.version)) return;
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
      done.push(m.version);
    }).immediate();
  }
  return done;
}

/** Versions recorded in `schema_migrations`, ascending. */
export function appliedVersions(db: Database.Database): number[] {
  return db
    .prepare<[], { version: number }>('SELECT version FROM schema_migrations ORDER BY version')
    .all()
    .map((r) => r.version);
}
