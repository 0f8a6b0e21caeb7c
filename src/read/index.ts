/**
 * Article readers: turn files, directories and stdin into {@link Article}s.
 * Every problem becomes an error item; reading never throws for bad input.
 */
import { stat } from 'node:fs/promises';
import { isIsoDay } from './date.ts';
import { describeError, readOneFile, readStream, walkDir } from './source.ts';
import { fail, type ReadItem, type ReadOptions } from './types.ts';

export type { ReadError, ReadItem, ReadOptions } from './types.ts';
export { parseDatedText } from './text.ts';
export { parseJsonl, parseJsonlLine, readJsonlStream } from './jsonl.ts';
export { parseJson } from './json.ts';
export { parseHtml } from './html.ts';
export { parseFeed, looksLikeFeed } from './feed.ts';
export { normaliseText } from './normalise.ts';
export { formatOf, sniffFormat, type Format } from './source.ts';

/**
 * Read articles from paths, in order. A path may be a file (format by extension:
 * .txt .md .jsonl .ndjson .json .html .htm .xml .rss .atom; other extensions are sniffed),
 * a directory (recursed in sorted order, hidden files and unknown extensions skipped), or
 * `-` for stdin (format sniffed). Missing/unreadable paths and bad records yield
 * `{ok: false}` items and reading continues.
 *
 * @throws RangeError on the first iteration if `opts.date` is not a valid `YYYY-MM-DD`.
 */
export async function* readArticles(paths: string[], opts: ReadOptions = {}): AsyncGenerator<ReadItem> {
  if (opts.date !== undefined && !isIsoDay(opts.date)) {
    throw new RangeError(`date "${opts.date}" is not a valid YYYY-MM-DD date`);
  }
  for (const path of paths) {
    if (path === '-') {
      yield* readStream(opts.stdinName ?? 'stdin', opts.stdin ?? process.stdin, opts.date);
      continue;
    }
    const st = await stat(path).catch((e: unknown) => e as Error);
    if (st instanceof Error) {
      yield fail(path, describeError(st));
    } else if (st.isDirectory()) {
      for await (const f of walkDir(path)) {
        if (typeof f === 'string') yield* readOneFile(f, opts.date);
        else yield f;
      }
    } else {
      yield* readOneFile(path, opts.date);
    }
  }
}
