/** Argument pieces and helpers shared by several commands. */
import { openStore } from '../store/index.ts';
import type { EventStore } from '../store/store.ts';
import { UsageError } from './errors.ts';

export const dbArg = { db: { type: 'string', description: 'SQLite database file', default: './sitrep.db' } } as const;

export function openDb(path: string): EventStore {
  return openStore({ path });
}

/** Parse `YYYY-MM-DD` or fail with a usage error naming the option. */
export function dayArg(name: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) throw new UsageError(`--${name} must be a date YYYY-MM-DD, got "${v}"`);
  return v;
}

/** Parse a non-negative integer option. */
export function intArg(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new UsageError(`--${name} must be a non-negative integer, got "${v}"`);
  return Number(v);
}

/** Positional arguments after the command name (citty puts them in `_`). */
export function positionals(args: { _: string[] }): string[] {
  return args._.filter((a) => a !== undefined && a !== '');
}

export function writeOut(text: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(text, (e) => (e ? reject(e) : resolve())));
}

/** `path:line: what is wrong`, for a read or extraction error (the line is said once). */
export function formatReadError(e: { path: string; line?: number; message: string }): string {
  return `${e.path}${e.line ? `:${e.line}` : ''}: ${e.message.replace(/^line \d+: /, '')}`;
}
