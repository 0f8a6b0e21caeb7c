import { createInterface } from 'node:readline';
import { recordToArticle } from './record.ts';
import { fail, type ReadItem } from './types.ts';

/**
 * Parse one JSONL line (1-based `line`). Returns null for a blank line, else an article or
 * an error item whose message starts with `line N: `.
 */
export function parseJsonlLine(path: string, text: string, line: number): ReadItem | null {
  const src = text.replace(/^\uFEFF/, '');
  if (src.trim() === '') return null;
  let rec: unknown;
  try {
    rec = JSON.parse(src);
  } catch (e) {
    return fail(path, `line ${line}: invalid JSON (${(e as Error).message})`, line, src);
  }
  const r = recordToArticle(rec, { path, line });
  return r.ok ? { ok: true, article: r.article } : fail(path, `line ${line}: ${r.message}`, line, src);
}

/** Parse JSONL held in a string: one item per non-blank line; bad lines become error items. */
export function* parseJsonl(path: string, content: string): Generator<ReadItem> {
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const item = parseJsonlLine(path, lines[i].replace(/\r$/, ''), i + 1);
    if (item) yield item;
  }
}

/** Parse JSONL from a stream, line by line (never holds the whole input in memory). */
export async function* readJsonlStream(
  path: string,
  input: NodeJS.ReadableStream,
): AsyncGenerator<ReadItem> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const text of rl) {
      const item = parseJsonlLine(path, text, ++n);
      if (item) yield item;
    }
  } finally {
    rl.close();
  }
}
