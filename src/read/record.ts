import type { Article } from '../core/types.ts';
import { strictDay } from './date.ts';
import { normaliseLine, normaliseText } from './normalise.ts';

/** Result of validating one JSON record: an article, or what is wrong with it. */
export type RecordResult = { ok: true; article: Article } | { ok: false; message: string };

const OPTIONAL = ['title', 'url', 'source', 'lang'] as const;

/**
 * Validate one JSON article record `{id, date, text, title?, url?, source?, lang?}`.
 * `id` may be a string or a number; `date` may be missing/null (unknown), `YYYY-MM-DD`,
 * or an ISO timestamp (the day as written is kept).
 */
export function recordToArticle(rec: unknown, origin: Article['origin']): RecordResult {
  if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
    return { ok: false, message: 'not a JSON object' };
  }
  const r = rec as Record<string, unknown>;
  const bad = (message: string): RecordResult => ({ ok: false, message });

  if (r.id === undefined || r.id === null) return bad('missing "id"');
  if (typeof r.id !== 'string' && typeof r.id !== 'number') return bad('"id" must be a string');
  const id = String(r.id).trim();
  if (id === '') return bad('empty "id"');

  if (r.text === undefined || r.text === null) return bad('missing "text"');
  if (typeof r.text !== 'string') return bad('"text" must be a string');
  const text = normaliseText(r.text);
  if (text.trim() === '') return bad('empty text');

  let date: string | null = null;
  if (r.date !== undefined && r.date !== null) {
    if (typeof r.date !== 'string') return bad('"date" must be a string');
    date = strictDay(r.date);
    if (date === null) return bad(`date "${r.date}" is not a valid YYYY-MM-DD date`);
  }

  const article: Article = { id, date, text, origin };
  for (const key of OPTIONAL) {
    const v = r[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') return bad(`"${key}" must be a string`);
    const s = normaliseLine(v);
    if (s !== '') article[key] = s;
  }
  return { ok: true, article };
}
