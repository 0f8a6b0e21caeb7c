/**
 * Rows the save path writes but does not read back while saving — claims, merge decisions,
 * MinHash signatures and LSH band rows (three quarters of all rows) — held in memory until the
 * end of the transaction (or savepoint) and then inserted table by table, several rows per
 * statement, band rows in primary-key order. Interleaving them with the article and event
 * inserts made each B-tree insert land on a cold page; grouped, they go in like a bulk load.
 *
 * Whoever reads these tables during a save must {@link PendingRows.flush} first (the detach of a
 * re-saved article and the band index's loads do); a rollback must {@link PendingRows.clear}.
 */
import type { Prepare } from './statements.ts';

/** One table the save path defers, its rows given as value arrays ({@link PendingRows.add}). */
export interface PendingTable {
  table: string;
  columns: readonly string[];
  /** `OR IGNORE` for idempotent rows. */
  or?: 'IGNORE';
}

/** A writer of deferred rows with its own layout (see `BandRows` in near-dup.ts). */
export interface Deferred {
  /** Insert everything held. */
  write(prepare: Prepare): void;
}

/** Rows per multi-row INSERT (×columns stays far below SQLite's 32,766 variables). */
export const CHUNK = 64;

/** `INSERT [OR …] INTO table (columns) VALUES (?, …) × rows`. */
export function insertSql(t: PendingTable, rows: number): string {
  const tuple = `(${t.columns.map(() => '?').join(', ')})`;
  return `INSERT${t.or ? ` OR ${t.or}` : ''} INTO ${t.table} (${t.columns.join(', ')}) VALUES ${Array.from({ length: rows }, () => tuple).join(', ')}`;
}

/**
 * Insert `rows` rows of `t`, in order: `fill(r, params, at)` writes row r's values (in column
 * order) into `params` from index `at`. {@link CHUNK} rows per statement through one reused
 * parameter array, the rest one by one.
 */
export function insertRows(
  prepare: Prepare, t: PendingTable, rows: number, fill: (row: number, params: unknown[], at: number) => void,
): void {
  const width = t.columns.length;
  let r = 0;
  if (rows >= CHUNK) {
    const chunk = prepare(insertSql(t, CHUNK));
    const params = new Array<unknown>(CHUNK * width);
    for (; r + CHUNK <= rows; r += CHUNK) {
      for (let k = 0; k < CHUNK; k++) fill(r + k, params, k * width);
      chunk.run(params);
    }
  }
  if (r < rows) {
    const one = prepare(insertSql(t, 1));
    const params = new Array<unknown>(width);
    for (; r < rows; r++) {
      fill(r, params, 0);
      one.run(params);
    }
  }
}

/** A table's deferred rows, values flattened in row order. */
class TableRows implements Deferred {
  readonly values: unknown[] = [];
  constructor(private readonly t: PendingTable) {}

  write(prepare: Prepare): void {
    const v = this.values;
    const width = this.t.columns.length;
    insertRows(prepare, this.t, v.length / width, (r, params, at) => {
      for (let k = 0, base = r * width; k < width; k++) params[at + k] = v[base + k];
    });
  }
}

export class PendingRows {
  /** Writers by key, in the order first used (parents before children). */
  private readonly writers = new Map<object, Deferred>();

  /** @param written called after every flush (the band index tracks what is still deferred) */
  constructor(private readonly written: () => void = () => {}) {}

  /** Hold one row of `t` (its values in column order). */
  add(t: PendingTable, row: readonly unknown[]): void {
    const values = this.writer(t, () => new TableRows(t)).values;
    for (let i = 0; i < row.length; i++) values.push(row[i]);
  }

  /** The writer held under `key`, made by `make` on first use since the last flush. */
  writer<W extends Deferred>(key: object, make: () => W): W {
    let w = this.writers.get(key) as W | undefined;
    if (!w) this.writers.set(key, (w = make()));
    return w;
  }

  /** Insert everything held, writer by writer in the order first used. */
  flush(prepare: Prepare): void {
    if (this.writers.size === 0) return;
    for (const w of this.writers.values()) w.write(prepare);
    this.clear();
    this.written();
  }

  /** Drop everything held (the transaction rolled back). */
  clear(): void {
    this.writers.clear();
  }
}
