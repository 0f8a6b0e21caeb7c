/** Content hashing and stable ids for stored records. */
import * as crypto from 'node:crypto';
import type { Article } from '../core/types.ts';

type OneShot = (algorithm: string, data: string, encoding: 'hex') => string;
/** Node's one-shot `crypto.hash` (20.12+; a third of the cost of a Hash object for short input), else a Hash object. */
const oneShot = (crypto as unknown as { hash?: OneShot }).hash;
const sha256Hex: (s: string) => string = oneShot
  ? (s) => oneShot('sha256', s, 'hex')
  : (s) => crypto.createHash('sha256').update(s).digest('hex');

/** sha256 hex of `date + '\n' + text` (an unknown date hashes as the empty string). */
export function contentHash(article: Pick<Article, 'date' | 'text'>): string {
  return sha256Hex(`${article.date ?? ''}\n${article.text}`);
}

/** Stable event id: `ev_` + 16 hex chars of sha256(article id, NUL, event index). */
export function eventId(articleId: string, index: number): string {
  return 'ev_' + sha256Hex(`${articleId}\u0000${index}`).slice(0, 16);
}
