/** Content hashing and stable ids for stored records. */
import { createHash } from 'node:crypto';
import type { Article } from '../core/types.ts';

/** sha256 hex of `date + '\n' + text` (an unknown date hashes as the empty string). */
export function contentHash(article: Pick<Article, 'date' | 'text'>): string {
  return createHash('sha256').update(`${article.date ?? ''}\n${article.text}`).digest('hex');
}

/** Stable event id: `ev_` + 16 hex chars of sha256(article id, NUL, event index). */
export function eventId(articleId: string, index: number): string {
  return 'ev_' + createHash('sha256').update(`${articleId}\u0000${index}`).digest('hex').slice(0, 16);
}
