import { basename, extname } from 'node:path';
import { isIsoDay } from './date.ts';
import { normaliseText } from './normalise.ts';
import { fail, type ReadItem } from './types.ts';

/**
 * `date YYYY-MM-DD` (optional colon) at the start of a dated text file, followed by the text on the
 * same line (the project's input format) or on the next. A token that is not date-shaped counts as
 * a header only when it stands alone on the line ("date palms burned" is text).
 */
const HEADER = /^date:?[ \t]+(\d{4}-\d{1,2}-\d{1,2}(?=\s|$)|\S+(?=[ \t]*(?:\n|$)))\s*/i;

/** Article id for a file: its name without directory or extension. */
export function idFromPath(path: string): string {
  const name = basename(path);
  return name.slice(0, name.length - extname(name).length) || name;
}

/**
 * Parse a text file (`.txt`, `.md`). If it starts (after optional whitespace/BOM) with a
 * `date YYYY-MM-DD` line, that is the article date and the text is the rest; otherwise the
 * whole content is the text and the date is `defaultDate` (or null). Leading whitespace of
 * the text is trimmed; nothing else, so character offsets inside the text stay put.
 */
export function parseDatedText(path: string, content: string, defaultDate?: string | null): ReadItem {
  let body = normaliseText(content).trimStart();
  let date = defaultDate ?? null;
  const m = HEADER.exec(body);
  if (m) {
    if (!isIsoDay(m[1])) return fail(path, `date "${m[1]}" is not a valid YYYY-MM-DD date`);
    date = m[1];
    body = body.slice(m[0].length);
  }
  if (body.trim() === '') return fail(path, 'empty text');
  return { ok: true, article: { id: idFromPath(path), date, text: body, origin: { path } } };
}
