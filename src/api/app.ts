/**
 * The HTTP API and dashboard as one Hono app. No module state: everything the routes need
 * comes in through {@link createApp}'s deps, so tests build as many apps as they like.
 */
import { Hono } from 'hono';
import type { Engine } from '../app/pipeline.ts';
import type { EventStore } from '../store/store.ts';
import { ApiError } from './errors.ts';
import { openApiDocument } from './openapi.ts';
import { articleRoutes } from './routes-articles.ts';
import { eventRoutes } from './routes-events.ts';
import { staticRoutes } from './static.ts';

/** What {@link createApp} needs. */
export interface AppDeps {
  store: EventStore;
  /** Builds the extraction engine; called once, on the first POST (loading takes ~1 s). */
  engine?: () => Engine | Promise<Engine>;
  /** Bearer token for `POST /api/articles`; unset/empty disables POST (403). */
  token?: string | null;
  /** Clock for `ingestedAt` timestamps. */
  clock?: () => Date;
  /** Largest accepted POST body in bytes (default 5 MB). */
  maxBodyBytes?: number;
  /** Directory of the dashboard's static files (default `../web/` next to this module). */
  webDir?: string;
}

/** Content-Security-Policy of every response: same-origin only, no inline script or style. */
export const CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "font-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');

/** Default engine factory: imported lazily so GET routes never load the gazetteer. */
async function defaultEngine(): Promise<Engine> {
  const { createEngine } = await import('../app/pipeline.ts');
  return createEngine();
}

/** Build the app: `/api/*` JSON routes, `/api/openapi.json`, and the dashboard at `/`. */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  let engine: Promise<Engine> | null = null;
  const getEngine = (): Promise<Engine> => {
    engine ??= (async () => (deps.engine ?? defaultEngine)())().catch((e: unknown) => {
      engine = null; // let the next request retry
      throw e;
    });
    return engine;
  };

  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
  });
  app.onError((err, c) => {
    if (err instanceof ApiError) return c.json(err.toJSON(), err.status);
    if (err instanceof RangeError && err.message.startsWith('store: invalid filter')) return c.json({ error: err.message }, 400);
    console.error(err);
    return c.json({ error: 'internal server error' }, 500);
  });
  app.notFound((c) => (c.req.path.startsWith('/api/') ? c.json({ error: `no route ${c.req.method} ${c.req.path}` }, 404) : c.text('not found', 404)));

  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  app.route('/api', eventRoutes(deps.store));
  app.route('/api', articleRoutes({ store: deps.store, getEngine, token: deps.token ?? null, clock: deps.clock ?? (() => new Date()), maxBodyBytes: deps.maxBodyBytes ?? 5 * 1024 * 1024 }));
  app.route('/', staticRoutes(deps.webDir));
  return app;
}
