import { recordToArticle } from './record.ts';
import { fail, type ReadItem } from './types.ts';

/**
 * Parse a `.json` file: an array of article records or a single record. Errors for array
 * elements name the 1-based item number (`item 3: missing "text"`).
 */
export function* parseJson(path: string, content: string): Generator<ReadItem> {
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (e) {
    yield fail(path, `invalid JSON (${(e as Error).message})`);
    return;
  }
  const many = Array.isArray(data);
  const records: unknown[] = many ? (data as unknown[]) : [data];
  for (let i = 0; i < records.length; i++) {
    const r = recordToArticle(records[i], { path });
    if (r.ok) yield { ok: true, article: r.article };
    else yield fail(path, many ? `item ${i + 1}: ${r.message}` : r.message);
  }
}
