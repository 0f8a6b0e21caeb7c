import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeExtraction } from '../../test/contract/fixtures.ts';
import { seedStore, type Seeded } from '../../test/web/seed.ts';
import type { Engine } from '../app/pipeline.ts';
import type { Article } from '../core/types.ts';
import { createApp } from './app.ts';
import { parseArticlesBody } from './ingest.ts';

/** An engine whose extractor turns every article into one Attack event quoting "killed". */
function fakeEngine(): Engine {
  const extract = (a: Article) => {
    if (a.text.includes('BOOM')) throw new Error('extractor exploded');
    const x = makeExtraction({ id: a.id, date: a.date, text: a.text, events: [{ date: a.date, sub: 'Attack', typeQuote: 'killed' }] });
    return { ...x, article: a };
  };
  const attempt = (a: Article) => {
    try {
      return extract(a);
    } catch (e) {
      return e as Error;
    }
  };
  return { extractor: { version: 'x-fake', extract, extractMany: (as: Article[]) => as.map(attempt) }, geocoder: { version: 'g-fake' } } as unknown as Engine;
}

describe('POST /api/articles', () => {
  let s: Seeded;
  let built: number;
  const TOKEN = 's3cret';
  const mk = (token: string | null, maxBodyBytes?: number) =>
    createApp({ store: s.store, token, maxBodyBytes, clock: () => new Date('2024-07-01T00:00:00Z'), engine: () => (built++, fakeEngine()) });
  const post = (app: ReturnType<typeof mk>, body: string, headers: Record<string, string> = {}) =>
    app.request('/api/articles', { method: 'POST', body, headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json', ...headers } });
  beforeEach(async () => {
    s = await seedStore();
    built = 0;
  });
  afterEach(() => s.cleanup());

  it('is disabled (403) without a configured token and needs the right bearer token (401)', async () => {
    const off = await post(mk(null), '{}');
    expect(off.status).toBe(403);
    expect((await off.json()).error).toMatch(/SITREP_TOKEN/);
    const app = mk(TOKEN);
    expect((await post(app, '{}', { Authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await post(app, '{}', { Authorization: '' })).status).toBe(401);
    expect(built).toBe(0);
  });

  it('ingests one object, an array, or JSONL; reports per-line errors; builds the engine once', async () => {
    const app = mk(TOKEN);
    const one = await post(app, JSON.stringify({ id: 'p-1', date: '2024-06-01', text: 'Gunmen killed two.' }));
    expect(one.status).toBe(200);
    expect(await one.json()).toMatchObject({ read: 1, inserted: 1, events: 1, rejected: [] });
    const arr = await post(app, JSON.stringify([{ id: 'p-2', text: 'A bomb killed one.' }, { id: 'p-3' }]));
    const arrBody = await arr.json();
    expect(arrBody).toMatchObject({ read: 2, inserted: 1 });
    expect(arrBody.rejected[0].message).toMatch(/item 2: missing "text"/);
    const jsonl = ['{"id":"p-4","text":"Shelling killed 3."}', 'not json', '', '{"id":"p-5","text":"BOOM killed"}', '{"id":"p-1","date":"2024-06-01","text":"Gunmen killed two."}'].join('\n');
    const body = await (await post(app, jsonl, { 'Content-Type': 'application/x-ndjson' })).json();
    expect(body).toMatchObject({ read: 4, inserted: 1, duplicates: 1 });
    expect(body.rejected.map((r: any) => r.line ?? null)).toEqual([2, 4]);
    expect(body.rejected[0].message).toMatch(/line 2: invalid JSON/);
    expect(body.rejected[1].message).toMatch(/p-5.*extraction failed/);
    expect(built).toBe(1);
    const stored = await s.store.getArticle('p-4');
    expect(stored).toMatchObject({ ingestedAt: '2024-07-01T00:00:00.000Z', extractorVersion: 'x-fake' });
    expect((await app.request('/api/events?q=shelling')).status).toBe(200);
  });

  it('rejects bodies over the limit with 413, an empty body with 400, all-bad input with 422', async () => {
    const app = mk(TOKEN, 100);
    const big = await post(app, JSON.stringify({ id: 'x', text: 'y'.repeat(200) }));
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ parameter: 'body' });
    expect((await post(app, '  ')).status).toBe(400);
    expect((await post(app, '[1]')).status).toBe(422);
  });
});

describe('POST with a broken engine', () => {
  it('answers 503 naming the cause, and retries the engine on the next request', async () => {
    const s = await seedStore();
    let calls = 0;
    const app = createApp({ store: s.store, token: 't', engine: () => { calls++; throw new Error('gazetteer missing'); } });
    const send = () => app.request('/api/articles', { method: 'POST', headers: { Authorization: 'Bearer t' }, body: '{"id":"a","text":"b"}' });
    const res = await send();
    expect(res.status).toBe(503);
    expect((await res.json()).error).toContain('gazetteer missing');
    await send();
    expect(calls).toBe(2);
    await s.cleanup();
  });
});

describe('parseArticlesBody', () => {
  it('treats a multi-line body of objects as JSONL and a single JSON value as JSON', () => {
    expect(parseArticlesBody('{"id":1,"text":"a"}\n{"id":2,"text":"b"}', 'application/json').map((i) => i.ok)).toEqual([true, true]);
    expect(parseArticlesBody('{"id":1,\n"text":"a"}', undefined)).toHaveLength(1);
  });
});
