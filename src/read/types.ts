import type { Article } from '../core/types.ts';

/** Why one input (file, line, feed item) could not be read as an article. */
export interface ReadError {
  path: string;
  /** 1-based line number, for line-oriented formats (JSONL). */
  line?: number;
  /** What is wrong, e.g. `line 7: invalid JSON (…)`, `missing "text"`, `empty text`. */
  message: string;
  /** The offending input as read (a JSONL line, at most 100 kB), so it can be kept aside and fixed. */
  raw?: string;
}

/** One result of reading: an article, or an error that did not stop the reading. */
export type ReadItem = { ok: true; article: Article } | { ok: false; error: ReadError };

/** Options for {@link readArticles}. */
export interface ReadOptions {
  /** Default article date (`YYYY-MM-DD`) for plain text files without a `date` header. */
  date?: string;
  /** Stream read for the path `-` (default `process.stdin`). */
  stdin?: NodeJS.ReadableStream;
  /** Name used as path and id for stdin input (default `stdin`). */
  stdinName?: string;
}

/** Build an error item. */
export function fail(path: string, message: string, line?: number, raw?: string): ReadItem {
  const error: ReadError = line === undefined ? { path, message } : { path, line, message };
  if (raw !== undefined) error.raw = raw.slice(0, 100_000);
  return { ok: false, error };
}
