/** `POST /api/articles` helpers: bearer-token check and request body → article items. */
import { timingSafeEqual, createHash } from 'node:crypto';
import { parseJson, parseJsonl, type ReadItem } from '../read/index.ts';
import { ApiError } from './errors.ts';

/** Origin path recorded for articles that came in over HTTP. */
export const API_ORIGIN = 'api:POST /api/articles';

/**
 * Check `Authorization: Bearer <token>` against `token`.
 * @throws ApiError 403 when POST is disabled (no token configured), 401 on a missing/wrong token.
 */
export function checkBearer(header: string | undefined, token: string | null): void {
  if (!token) throw new ApiError('POST is disabled: start the server with SITREP_TOKEN set to enable ingest', { status: 403 });
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!m) throw new ApiError('missing "Authorization: Bearer <token>" header', { status: 401, parameter: 'Authorization' });
  const digest = (s: string): Buffer => createHash('sha256').update(s).digest();
  if (!timingSafeEqual(digest(m[1]!), digest(token))) throw new ApiError('invalid token', { status: 401, parameter: 'Authorization' });
}

/**
 * Parse a request body holding one JSON article record, a JSON array of records, or JSONL
 * (one record per line). JSONL is used when the content type says so or the body is not a
 * single JSON value. Bad records become error items naming the line or item.
 */
export function parseArticlesBody(body: string, contentType: string | undefined): ReadItem[] {
  const ct = (contentType ?? '').toLowerCase();
  const text = body.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new ApiError('empty body: send a JSON article, a JSON array, or JSONL', { parameter: 'body' });
  if (/ndjson|jsonl|json-seq/.test(ct)) return [...parseJsonl(API_ORIGIN, text)];
  let single = true;
  try {
    JSON.parse(text);
  } catch {
    single = false;
  }
  return single ? [...parseJson(API_ORIGIN, text)] : [...parseJsonl(API_ORIGIN, text)];
}
