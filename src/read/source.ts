import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { Readable } from 'node:stream';
import { looksLikeFeed, parseFeed } from './feed.ts';
import { parseHtml } from './html.ts';
import { parseJson } from './json.ts';
import { readJsonlStream, parseJsonl } from './jsonl.ts';
import { parseDatedText } from './text.ts';
import { fail, type ReadItem } from './types.ts';

/** The input formats the readers understand. */
export type Format = 'text' | 'jsonl' | 'json' | 'html' | 'feed';

const EXTENSIONS: Record<string, Format> = {
  '.txt': 'text', '.md': 'text', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'json',
  '.html': 'html', '.htm': 'html', '.xml': 'feed', '.rss': 'feed', '.atom': 'feed',
};

/** Format implied by a file name's extension (case-insensitive), or undefined if unknown. */
export function formatOf(path: string): Format | undefined {
  return EXTENSIONS[extname(path).toLowerCase()];
}

/** Guess the format from content: `{` → JSONL, `[` → JSON, `<` → feed or HTML, else text. */
export function sniffFormat(content: string): Format {
  const c = /\S/.exec(content.replace(/^\uFEFF/, ''))?.[0];
  if (c === '{') return 'jsonl';
  if (c === '[') return 'json';
  if (c === '<') return looksLikeFeed(content) ? 'feed' : 'html';
  return 'text';
}

/** Human message for a file-system error. */
export function describeError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const why: Record<string, string> = {
    ENOENT: 'no such file or directory', EACCES: 'permission denied', EISDIR: 'is a directory',
  };
  return `cannot read: ${(err.code && why[err.code]) ?? err.message ?? String(e)}`;
}

/** Parse content already in memory with the given format. */
export function* parseContent(path: string, content: string, format: Format, date?: string): Generator<ReadItem> {
  if (format === 'text') yield parseDatedText(path, content, date);
  else if (format === 'html') yield parseHtml(path, content);
  else if (format === 'json') yield* parseJson(path, content);
  else if (format === 'jsonl') yield* parseJsonl(path, content);
  else if (looksLikeFeed(content)) yield* parseFeed(path, content);
  else yield fail(path, 'not an RSS or Atom feed (no <rss> or <feed> root)');
}

/** Read one file; JSONL is streamed, other formats are read whole. Unknown extension → sniffed. */
export async function* readOneFile(path: string, date?: string): AsyncGenerator<ReadItem> {
  const format = formatOf(path);
  try {
    if (format === 'jsonl') {
      yield* readJsonlStream(path, createReadStream(path, { encoding: 'utf8' }));
      return;
    }
    const content = await readFile(path, 'utf8');
    yield* parseContent(path, content, format ?? sniffFormat(content), date);
  } catch (e) {
    yield fail(path, describeError(e));
  }
}

/**
 * Files under a directory with known extensions, depth-first in sorted (code-unit) order.
 * Hidden entries (leading dot) and symlinked directories are skipped; unreadable
 * directories become error items.
 */
export async function* walkDir(dir: string): AsyncGenerator<string | ReadItem> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (e) {
    yield fail(dir, describeError(e));
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    const st = await stat(full).catch(() => null);
    if (st?.isDirectory()) yield* walkDir(full);
    else if (st?.isFile() && formatOf(name)) yield full;
  }
}

/** Read all of stdin (or any stream), sniffing the format; JSONL is streamed line by line. */
export async function* readStream(
  name: string,
  stream: NodeJS.ReadableStream,
  date?: string,
): AsyncGenerator<ReadItem> {
  const it = (stream as AsyncIterable<string | Buffer>)[Symbol.asyncIterator]();
  const decoder = new StringDecoder('utf8');
  const decode = (c: string | Buffer): string => (typeof c === 'string' ? c : decoder.write(c));
  let head = '';
  let done = false;
  try {
    while (!/\S/.test(head.replace(/^\uFEFF/, ''))) {
      const r = await it.next();
      if (r.done) { done = true; break; }
      head += decode(r.value);
    }
    const format = sniffFormat(head);
    async function* rest(): AsyncGenerator<string> {
      yield head;
      while (!done) {
        const r = await it.next();
        if (r.done) done = true;
        else yield decode(r.value);
      }
      yield decoder.end();
    }
    if (format === 'jsonl') {
      yield* readJsonlStream(name, Readable.from(rest()));
      return;
    }
    let content = '';
    for await (const s of rest()) content += s;
    yield* parseContent(name, content, format, date);
  } catch (e) {
    yield fail(name, `cannot read: ${(e as Error).message}`);
  }
}
