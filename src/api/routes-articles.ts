/** `GET /api/articles/:id` (text, evidence spans, framing) and `POST /api/articles` (ingest). */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Engine } from '../app/pipeline.ts';
import type { EventStore } from '../store/store.ts';
import { ApiError } from './errors.ts';
import { checkBearer, parseArticlesBody } from './ingest.ts';

/** What the article routes need. */
export interface ArticleRouteDeps {
  store: EventStore;
  getEngine: () => Promise<Engine>;
  token: string | null;
  clock: () => Date;
  maxBodyBytes: number;
}

/** One highlighted range of an article: a field of one of its events, or a claim. */
export interface ArticleSpan {
  eventId: string;
  field: string;
  start: number;
  end: number;
  quote: string;
  rule: string | null;
}

const MAX_EVENTS_PER_ARTICLE = 500;

/** Evidence spans of every event extracted from article `id`. */
async function articleSpans(store: EventStore, id: string, eventIds: string[]): Promise<ArticleSpan[]> {
  const spans: ArticleSpan[] = [];
  for (const eventId of eventIds.slice(0, MAX_EVENTS_PER_ARTICLE)) {
    const d = await store.getEvent(eventId);
    if (!d) continue;
    for (const s of d.sources) {
      if (s.articleId !== id) continue;
      for (const ev of s.evidence) {
        if (ev.span) spans.push({ eventId, field: ev.field, start: ev.span.start, end: ev.span.end, quote: ev.quote ?? '', rule: ev.rule });
      }
    }
    for (const cl of d.claims) {
      if (cl.articleId === id) spans.push({ eventId, field: `claim:${cl.role}`, start: cl.span.start, end: cl.span.end, quote: cl.quote, rule: null });
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Article routes, mounted under `/api`. */
export function articleRoutes(deps: ArticleRouteDeps): Hono {
  const r = new Hono();

  r.get('/articles/:id', async (c) => {
    const id = c.req.param('id');
    const a = await deps.store.getArticle(id);
    if (!a) throw new ApiError(`article "${id}" not found`, { status: 404 });
    const { framing, eventIds, contentHash: _h, originPath: _p, originLine: _l, ...article } = a;
    return c.json({ article, eventIds, framing, spans: await articleSpans(deps.store, id, eventIds) });
  });

  r.post(
    '/articles',
    async (c, next) => {
      checkBearer(c.req.header('Authorization'), deps.token); // before reading any of the body
      await next();
    },
    bodyLimit({
      maxSize: deps.maxBodyBytes,
      onError: (c) => c.json({ error: `request body exceeds ${deps.maxBodyBytes} bytes`, parameter: 'body' }, 413),
    }),
    async (c) => {
      const items = parseArticlesBody(await c.req.text(), c.req.header('Content-Type'));
      const engine = await deps.getEngine().catch((e: unknown) => {
        console.error(e);
        throw new ApiError(`extraction engine unavailable: ${e instanceof Error ? e.message : String(e)}`, { status: 503 });
      });
      const { extractItems, ingestItems } = await import('../app/pipeline.ts');
      const extracted = extractItems(items, engine);
      const summary = await ingestItems(extracted, deps.store, engine, { now: () => deps.clock().toISOString() });
      const status = summary.read > 0 && summary.rejected.length === summary.read ? 422 : 200;
      return c.json(summary, status);
    },
  );

  return r;
}
