/**
 * The dashboard's static files: `src/web/` (or `dist/web/`, resolved next to this module)
 * and a fixed list of vendor files from node_modules under `/vendor/`. Nothing else is served.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';

/** Default web root: `../web/` relative to this module (works from `src/` and `dist/`). */
export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../web/', import.meta.url));

/** `/vendor/<name>` → module specifier resolved from node_modules. */
export const VENDOR_FILES: Record<string, string> = {
  'leaflet.js': 'leaflet/dist/leaflet.js',
  'leaflet.css': 'leaflet/dist/leaflet.css',
  'leaflet.markercluster.js': 'leaflet.markercluster/dist/leaflet.markercluster.js',
  'MarkerCluster.css': 'leaflet.markercluster/dist/MarkerCluster.css',
  'MarkerCluster.Default.css': 'leaflet.markercluster/dist/MarkerCluster.Default.css',
  'topojson-client.js': 'topojson-client/dist/topojson-client.min.js',
  'countries-50m.json': 'world-atlas/countries-50m.json',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
};

/** Routes for `/`, `/<file>` in the web dir (flat names only) and `/vendor/<file>`. */
export function staticRoutes(webDir: string = DEFAULT_WEB_DIR): Hono {
  const r = new Hono();
  const require = createRequire(import.meta.url);
  const cache = new Map<string, Promise<Buffer | null>>();
  const load = (path: string): Promise<Buffer | null> => {
    let p = cache.get(path);
    if (!p) {
      p = readFile(path).catch(() => null);
      cache.set(path, p);
    }
    return p;
  };
  const send = async (path: string, name: string, maxAge: number): Promise<Response | null> => {
    const data = await load(path);
    if (!data) return null;
    const type = TYPES[extname(name)] ?? 'application/octet-stream';
    return new Response(new Uint8Array(data), { headers: { 'Content-Type': type, 'Cache-Control': `public, max-age=${maxAge}` } });
  };

  r.get('/vendor/:name', async (c) => {
    const spec = VENDOR_FILES[c.req.param('name')];
    const res = spec ? await send(require.resolve(spec), spec, 86400) : null;
    return res ?? c.notFound();
  });
  r.get('/:name{[A-Za-z0-9_-]+\\.(?:html|js|css|svg|png|ico|json)}', async (c) => {
    const name = c.req.param('name');
    return (await send(join(webDir, name), name, 60)) ?? c.notFound();
  });
  r.get('/', async (c) => (await send(join(webDir, 'index.html'), 'index.html', 0)) ?? c.notFound());
  return r;
}
