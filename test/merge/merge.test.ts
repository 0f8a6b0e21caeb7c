/** End to end: real reader + extractor + geocoder + SQLite store, merging across outlets. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, ingestPaths, type Engine } from '../../src/app/pipeline.ts';
import { renderDetail } from '../../src/cli/commands/show.ts';
import { openStore, type EventStore, type StoredEvent } from '../../src/store/index.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/merge/', import.meta.url));
const now = (): string => '2024-06-01T00:00:00.000Z';

let engine: Engine;
let dir: string;
beforeAll(() => {
  engine = createEngine();
  dir = mkdtempSync(join(tmpdir(), 'sitrep-merge-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const byLocation = (events: StoredEvent[], name: string): StoredEvent => {
  const e = events.find((x) => x.location?.startsWith(name));
  if (!e) throw new Error(`no event at ${name}`);
  return e;
};

describe('two events, six outlets and a wire copy', () => {
  let store: EventStore;
  beforeAll(() => {
    store = openStore({ path: join(dir, 'two.db') });
  });
  afterAll(() => store.close());

  it('stores 7 articles as exactly 2 events with every source', async () => {
    const s = await ingestPaths([join(FIXTURES, 'two-events')], store, engine, { now });
    expect(s).toMatchObject({ read: 7, inserted: 7, duplicates: 0, rejected: [] });
    const events = await store.queryEvents({ includeBackground: true });
    expect(events).toHaveLength(2);
    const nik = byLocation(events, 'Nikopol');
    expect([...nik.sources].sort()).toEqual(['nik-ledger', 'nik-river', 'nik-steppe', 'nik-wire']);
    expect(nik).toMatchObject({ sub_event_type: 'Shelling/artillery/missile attack', date: '2024-03-04', fatalities_low: 4, fatalities: 4, fatalities_high: 5 });
    const nyala = byLocation(events, 'Nyala');
    expect([...nyala.sources].sort()).toEqual(['nyala-courier', 'nyala-horn', 'nyala-savannah']);
    expect(nyala).toMatchObject({ sub_event_type: 'Air/drone strike', date: '2024-04-09', fatalities_low: 11, fatalities: 11, fatalities_high: 14, certainty: 'stated' });
  });

  it('links the wire copy to its original and explains every join', async () => {
    expect((await store.getArticle('nik-wire'))?.duplicateOf).toBe('nik-ledger');
    expect((await store.getArticle('nik-river'))?.duplicateOf).toBeNull();
    const nik = byLocation(await store.queryEvents(), 'Nikopol');
    const d = (await store.getEvent(nik.id))!;
    const who = Object.fromEntries(d.sources.map((s) => [s.articleId, [s.source, s.fatalities]]));
    expect(who).toMatchObject({ 'nik-ledger': ['Northern Ledger', 4], 'nik-river': ['River Post', 5], 'nik-wire': ['Continental Wire', 4] });
    const decision = Object.fromEntries(d.decisions.map((x) => [x.articleId, x]));
    expect(decision['nik-wire']).toMatchObject({ decision: 'near-duplicate', reason: expect.stringMatching(/near-duplicate of article 'nik-ledger' \(estimated Jaccard 0\.\d\d ≥ 0\.8, 3-word shingles\)/) });
    const merged = d.decisions.filter((x) => x.decision === 'merged');
    expect(merged).toHaveLength(2);
    for (const m of merged) expect(m.reason).toMatch(/same type Shelling\/artillery\/missile attack; 0\.0 km apart \(limit 10 km, precision 1\); dates 2024-03-04\/2024-03-04 \(window ±1 day\); actor1 match 'Military Forces of Russia'/);
    expect(d.decisions.filter((x) => x.decision === 'new')).toHaveLength(1);
    expect(d.claims.map((c) => c.articleId)).toEqual(expect.arrayContaining(['nik-ledger', 'nik-river', 'nik-wire']));
    expect(renderDetail(d)).toContain('why these reports were joined');
  });

  it('re-ingesting the same folder is a no-op', async () => {
    const before = await store.queryEvents({ includeBackground: true });
    const s = await ingestPaths([join(FIXTURES, 'two-events')], store, engine, { now });
    expect(s).toMatchObject({ read: 7, inserted: 0, updated: 0, duplicates: 7 });
    expect(await store.queryEvents({ includeBackground: true })).toEqual(before);
  });
});

describe('a toll that rises from outlet to outlet', () => {
  it('is one event with every figure: best the median, low the first, high the latest', async () => {
    const store = openStore({ path: join(dir, 'toll.db') });
    const s = await ingestPaths([join(FIXTURES, 'rising-toll')], store, engine, { now });
    expect(s).toMatchObject({ read: 3, inserted: 3, rejected: [] });
    const events = await store.queryEvents({ includeBackground: true });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ sub_event_type: 'Air/drone strike', actor1: 'RSF: Rapid Support Forces', location: 'Omdurman', date: '2025-12-05', fatalities: 17, fatalities_low: 14, fatalities_high: 21 });
    expect(events[0]!.sources).toHaveLength(3);
    await store.close();
  });
});

describe('same town, three days apart', () => {
  it('keeps two events', async () => {
    const store = openStore({ path: join(dir, 'distinct.db') });
    await ingestPaths([join(FIXTURES, 'distinct')], store, engine, { now });
    const events = await store.queryEvents({ sort: 'date' });
    expect(events.map((e) => [e.date, e.fatalities, e.sources])).toEqual([['2024-03-04', 4, ['nik-mon']], ['2024-03-07', 2, ['nik-thu']]]);
    const d = await store.getEvent(events[1].id);
    expect(d?.decisions[0]).toMatchObject({ decision: 'new', reason: 'no compatible event (1 candidate rejected)' });
    await store.close();
  });
});

describe('an updated article', () => {
  it('re-points its report without corrupting the merged event, and deleting sources recomputes', async () => {
    const copy = join(dir, 'updated');
    cpSync(join(FIXTURES, 'two-events'), copy, { recursive: true });
    const store = openStore({ path: join(dir, 'updated.db') });
    await ingestPaths([copy], store, engine, { now });
    const nik = byLocation(await store.queryEvents(), 'Nikopol');
    // The first source (which minted the event id) now reports 7 dead.
    const file = join(copy, 'nikopol-northern-ledger.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('killing 4 civilians', 'killing 7 civilians'));
    const s = await ingestPaths([file], store, engine, { now });
    expect(s).toMatchObject({ updated: 1 });
    const events = await store.queryEvents();
    expect(events).toHaveLength(2);
    const after = byLocation(events, 'Nikopol');
    expect(after.id).toBe(nik.id);
    expect([...after.sources].sort()).toEqual(['nik-ledger', 'nik-river', 'nik-steppe', 'nik-wire']);
    // figures by report: ledger 7 and its copy's 4 (both count: the copy no longer repeats it), river 5, steppe 4.
    expect(after).toMatchObject({ fatalities_low: 4, fatalities: 4, fatalities_high: 7 });
    await store.close();
  });
});
