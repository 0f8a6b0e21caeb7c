import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedStore, type Seeded } from '../../test/web/seed.ts';
import { createApp, CSP } from './app.ts';

describe('GET routes', () => {
  let s: Seeded;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    s = await seedStore();
    app = createApp({ store: s.store, engine: () => { throw new Error('GET must not build the engine'); } });
  });
  afterAll(() => s.cleanup());
  const get = async (url: string): Promise<{ status: number; body: any; res: Response }> => {
    const res = await app.request(url);
    const ct = res.headers.get('content-type') ?? '';
    return { status: res.status, res, body: ct.includes('json') ? await res.json() : await res.text() };
  };

  it('lists events newest first with total/limit/offset, background excluded by default', async () => {
    const { status, body, res } = await get('/api/events');
    expect(status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CSP);
    expect(body).toMatchObject({ total: 5, limit: 100, offset: 0 });
    expect(body.events.map((e: any) => e.location)).toEqual(['Kharkiv', 'Kyiv', 'Khan Younis', 'Gao', 'Omdurman']);
    expect((await get('/api/events?background=true')).body.total).toBe(6);
  });

  it('filters by bbox, dates, type, actor, country, text, min_fatalities; paginates and sorts', async () => {
    const loc = async (qs: string) => (await get(`/api/events?${qs}`)).body.events.map((e: any) => e.location);
    expect(await loc('bbox=30,45,40,55')).toEqual(['Kharkiv', 'Kyiv']);
    expect(await loc('bbox=170,-10,-170,10')).toEqual([]); // antimeridian-crossing box
    expect(await loc('since=2024-04-01&until=2024-04-30')).toEqual(['Khan Younis', 'Gao']);
    expect(await loc('type=Battles')).toEqual(['Gao']);
    expect(await loc('type=air%2Fdrone%20strike')).toEqual(['Omdurman']);
    expect(await loc('actor=jnim')).toEqual(['Gao']);
    expect(await loc('country=UA')).toEqual(['Kharkiv', 'Kyiv']);
    expect(await loc('q=witnesses')).toEqual(['Khan Younis']);
    expect(await loc('min_fatalities=5&sort=-fatalities')).toEqual(['Omdurman', 'Gao']);
    const page = (await get('/api/events?limit=2&offset=1&sort=date')).body;
    expect(page).toMatchObject({ total: 5, limit: 2, offset: 1 });
    expect(page.events.map((e: any) => e.location)).toEqual(['Gao', 'Khan Younis']);
  });

  it.each([
    ['bbox=1,2,3', 'bbox'], ['bbox=0,50,10,40', 'bbox'], ['bbox=0,0,200,10', 'bbox'], ['since=2024-02-30', 'since'],
    ['until=yesterday', 'until'], ['limit=1001', 'limit'], ['limit=-1', 'limit'], ['offset=x', 'offset'],
    ['sort=name', 'sort'], ['min_fatalities=lots', 'min_fatalities'], ['background=maybe', 'background'], ['colour=red', 'colour'],
    ['since=2024-05-01&until=2024-04-01', 'until'],
  ])('rejects %s with 400 naming %s', async (qs, parameter) => {
    const { status, body } = await get(`/api/events?${qs}`);
    expect(status).toBe(400);
    expect(body).toMatchObject({ parameter });
    expect(body.error).toContain(parameter);
  });

  it('exports GeoJSON and CSV with the same filters', async () => {
    const geo = await get('/api/events.geojson?country=Ukraine');
    expect(geo.res.headers.get('content-type')).toContain('application/geo+json');
    expect(geo.res.headers.get('x-total-count')).toBe('2');
    expect(geo.body.features.map((f: any) => f.geometry.coordinates)).toEqual([[36.2304, 49.9935], [30.5234, 50.4501]]);
    const csv = await get('/api/events.csv?type=Battles');
    expect(csv.res.headers.get('content-type')).toContain('text/csv');
    expect(csv.body.split('\n')[0]).toMatch(/^event_id_cnty,event_date,/);
    expect(csv.body.trim().split('\n')).toHaveLength(2);
    expect((await get('/api/events.csv?bbox=bad')).status).toBe(400);
  });

  it('returns one event with sources, evidence, claims and fatalities low/best/high; 404 JSON when missing', async () => {
    const [ev] = (await get('/api/events?type=Attack')).body.events;
    const { status, body } = await get(`/api/events/${ev.id}`);
    expect(status).toBe(200);
    expect(body.fatalities).toEqual({ low: 4, best: 4, high: 4 });
    expect(body.sources[0].articleId).toBe('hx-1');
    expect(body.sources[0].evidence).toContainEqual(expect.objectContaining({ field: 'fatalities', quote: 'killed 4' }));
    expect(body.claims[0]).toMatchObject({ claimant: 'witnesses', role: 'reported' });
    const missing = await get('/api/events/ev_nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toContain('ev_nope');
  });

  it('returns an article with its evidence spans and framing flags', async () => {
    const { status, body } = await get('/api/articles/hx-1');
    expect(status).toBe(200);
    expect(body.article.text).toContain('<script>window.__pwned=1</script>');
    expect(body.framing).toEqual([expect.objectContaining({ term: 'massacre', category: 'loaded' })]);
    for (const sp of body.spans) expect(body.article.text.slice(sp.start, sp.end)).toBe(sp.quote);
    expect(body.spans.map((sp: any) => sp.field)).toEqual(expect.arrayContaining(['actor1', 'place', 'fatalities', 'claim:reported']));
    expect((await get('/api/articles/none')).status).toBe(404);
  });

  it('aggregates stats by day, day × type, type and country for the filters', async () => {
    const { body } = await get('/api/stats?since=2024-04-01');
    expect(body.total).toBe(4);
    expect(body.fatalities).toBe(16);
    expect(body.byDay.map((d: any) => d.date)).toEqual(['2024-04-02', '2024-04-15', '2024-05-01', '2024-05-02']);
    expect(body.byDayType).toContainEqual({ date: '2024-04-15', type: 'Violence against civilians', count: 1 });
    expect(body.byType).toContainEqual({ type: 'Battles', count: 1 });
    expect(body.byCountry[0]).toEqual({ country: 'Ukraine', iso2: 'UA', count: 2 });
    expect((await get('/api/stats?limit=5')).status).toBe(400);
  });

  it('serves an OpenAPI 3.1 document listing every route, and JSON 404s under /api', async () => {
    const { body } = await get('/api/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/api/events', '/api/events.geojson', '/api/events.csv', '/api/events/{id}', '/api/stats', '/api/articles/{id}', '/api/articles']));
    const nf = await get('/api/nothing');
    expect(nf.status).toBe(404);
    expect(nf.body.error).toBeTruthy();
  });

  it('serves the dashboard and whitelisted vendor files only, with the CSP header', async () => {
    const html = await app.request('/');
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(html.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await html.text()).not.toMatch(/<script>(?!<\/script>)|style="/); // no inline script or style
    expect((await app.request('/app.js')).headers.get('content-type')).toContain('javascript');
    expect((await app.request('/vendor/leaflet.js')).status).toBe(200);
    expect((await app.request('/vendor/countries-50m.json')).status).toBe(200);
    for (const p of ['/vendor/package.json', '/../package.json', '/%2e%2e/package.json', '/vendor/..%2fpackage.json', '/api.ts']) {
      expect((await app.request(p)).status).toBe(404);
    }
  });
});
