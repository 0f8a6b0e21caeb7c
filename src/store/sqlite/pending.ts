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

/** One table the save path defers. */
export interface PendingTable {
  table: string;
  columns: readonly string[];
  /** `OR IGNORE` for idempotent rows. */
  or?: 'IGNORE';
  /** Sort rows before inserting (B-tree order for WITHOUT ROWID tables). */
  order?: (a: unknown[], b: unknown[]) => number;
}

/** Rows per multi-row INSERT (×columns stays far below SQLite's 32,766 variables). */
const CHUNK = 64;

function insertSql(t: PendingTable, rows: number): string {
  const tuple = `(${t.columns.map(() => '?').join(', ')})`;
  return `INSERT${t.or ? ` OR ${t.or}` : ''} INTO ${t.table} (${t.columns.join(', ')}) VALUES ${Array.from({ length: rows }, () => tuple).join(', ')}`;
}

export class PendingRows {
  private readonly rows = new Map<PendingTable, unknown[][]>();
  private count = 0;

  /** @param written called after every flush (the band index tracks what is still deferred) */
  constructor(private readonly written: () => void = () => {}) {}

  add(t: PendingTable, row: unknown[]): void {
    let list = this.rows.get(t);
    if (!list) this.rows.set(t, (list = []));
    list.push(row);
    this.count++;
  }

  /** Insert everything held, table by table in the order first used (parents before children). */
  flush(prepare: Prepare): void {
    if (this.count === 0) return;
    for (const [t, list] of this.rows) {
      if (t.order) list.sort(t.order);
      const chunk = prepare(insertSql(t, CHUNK));
      const one = prepare(insertSql(t, 1));
      let i = 0;
      for (; i + CHUNK <= list.length; i += CHUNK) chunk.run(list.slice(i, i + CHUNK).flat());
      for (; i < list.length; i++) one.run(list[i]!);
    }
    this.clear();
    this.written();
  }

  /** Drop everything held (the transaction rolled back). */
  clear(): void {
    this.rows.clear();
    this.count = 0;
  }
}
