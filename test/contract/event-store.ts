/**
 * Backend-neutral contract for EventStore. A backend's test file calls
 * `describeEventStoreContract(name, open)`; `open` returns a fresh, empty store.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventStore, SaveError } from '../../src/store/store.ts';
import { contentHash } from '../../src/store/hash.ts';
import { makeExtraction, META, sudan, ukraine } from './fixtures.ts';

/** A fresh store plus whatever removes it afterwards. */
export type OpenFresh = () => Promise<{ store: EventStore; cleanup: () => Promise<void> }>;

/** Register the contract tests for one backend. */
export function describeEventStoreContract(name: string, open: OpenFresh): void {
  describe(`EventStore contract: ${name}`, () => {
    let store: EventStore;
    let cleanup: () => Promise<void>;
    beforeEach(async () => ({ store, cleanup } = await open()));
    afterEach(async () => {
      await store.close();
      await cleanup();
    });
    const seed = (): Promise<unknown> => store.saveMany([{ x: sudan(), meta: META }, { x: ukraine(), meta: META }]);
    const ids = async (f: Parameters<EventStore['queryEvents']>[0]): Promise<string[]> =>
      (await store.queryEvents(f)).map((e) => `${e.location}`);

    it('inserts, then reports the same content as a duplicate without new rows', async () => {
      const first = await store.saveExtraction(sudan(), { ...META, contentHash: contentHash(sudan().article) });
      expect(first.status).toBe('inserted');
      expect(first.eventIds).toHaveLength(2);
      expect(new Set(first.eventIds).size).toBe(2);
      const again = await store.saveExtraction(sudan(), META);
      expect(again).toEqual({ status: 'duplicate', articleId: 'sd-1', eventIds: first.eventIds });
      const renamed = sudan();
      renamed.article.id = 'sd-1-copy';
      expect(await store.saveExtraction(renamed, META)).toMatchObject({ status: 'duplicate', articleId: 'sd-1' });
      expect(await store.getArticle('sd-1-copy')).toBeNull();
      expect(await store.countEvents({ includeBackground: true })).toBe(2);
    });

    it('replaces the events of an article whose content changed (updated)', async () => {
      const first = await store.saveExtraction(sudan(), META);
      const changed = sudan();
      changed.article.text += ' More follows.';
      changed.events = changed.events.slice(0, 1);
      const r = await store.saveExtraction(changed, META);
      expect(r).toEqual({ status: 'updated', articleId: 'sd-1', eventIds: [first.eventIds[0]] });
      expect(await store.getEvent(first.eventIds[1])).toBeNull();
      expect(await store.countEvents({ includeBackground: true })).toBe(1);
      expect((await store.getArticle('sd-1'))?.text.endsWith('More follows.')).toBe(true);
    });

    it('returns a flat event with its sources', async () => {
      await seed();
      const [e] = await store.queryEvents({ country: 'Sudan' });
      expect(e).toMatchObject({
        date: '2024-03-10', date_precision: 'day', background: false, event_type: 'Explosions/Remote violence',
        sub_event_type: 'Air/drone strike', actor1: 'Military Forces of Sudan (2019-)', actor1_kind: 'state_forces',
        actor2: 'Civilians (Sudan)', country: 'Sudan', iso2: 'SD', admin1: 'Khartoum', location: 'Omdurman',
        latitude: 15.6445, longitude: 32.4777, geo_precision: 1, weapon: 'aircraft', fatalities: 12,
        fatalities_low: 12, fatalities_high: 12, injured: null, certainty: 'stated', sources: ['sd-1'], article_id: 'sd-1',
      });
      expect(e.id).toMatch(/^ev_[0-9a-f]{16}$/);
    });

    it('filters by date, type, country, actor, text, fatalities and background', async () => {
      await seed();
      expect(await ids({})).toEqual(['Kharkiv', 'Kyiv', 'Omdurman']);
      expect(await ids({ includeBackground: true, sort: 'date' })).toEqual(['El Fasher', 'Omdurman', 'Kyiv', 'Kharkiv']);
      expect(await ids({ since: '2024-05-01', sort: 'date' })).toEqual(['Kyiv', 'Kharkiv']);
      expect(await ids({ until: '2024-05-01' })).toEqual(['Kyiv', 'Omdurman']);
      expect(await ids({ since: '2024-05-02', until: '2024-05-02' })).toEqual(['Kharkiv']);
      expect(await ids({ type: 'Explosions/Remote violence' })).toEqual(['Kharkiv', 'Omdurman']);
      expect(await ids({ type: 'peaceful PROTEST' })).toEqual(['Kyiv']);
      expect(await ids({ type: 'Battles', includeBackground: true })).toEqual(['El Fasher']);
      expect(await ids({ type: 'No such type' })).toEqual([]);
      expect(await ids({ country: 'ukraine' })).toEqual(['Kharkiv', 'Kyiv']);
      expect(await ids({ country: 'SD', includeBackground: true })).toEqual(['Omdurman', 'El Fasher']);
      expect(await ids({ actor: 'forces of' })).toEqual(['Kharkiv', 'Omdurman']);
      expect(await ids({ actor: 'CIVILIANS' })).toEqual(['Omdurman']);
      expect(await ids({ text: 'syniehubov' })).toEqual(['Kharkiv', 'Kyiv']);
      expect(await ids({ text: 'omdurman' })).toEqual(['Omdurman']);
      expect(await ids({ minFatalities: 3 })).toEqual(['Kharkiv', 'Omdurman']);
      expect(await ids({ sort: '-fatalities' })).toEqual(['Omdurman', 'Kharkiv', 'Kyiv']);
      expect(await ids({ sort: 'fatalities', includeBackground: true })).toEqual(['Kyiv', 'Kharkiv', 'Omdurman', 'El Fasher']);
    });

    it('filters by distance and bounding box', async () => {
      await seed();
      expect(await ids({ near: { lat: 50.0, lon: 36.25, km: 20 } })).toEqual(['Kharkiv']);
      // Kyiv–Kharkiv is ~410 km: 400 excludes, 420 includes (the bbox alone would not decide it).
      expect(await ids({ near: { lat: 50.4501, lon: 30.5234, km: 400 } })).toEqual(['Kyiv']);
      expect(await ids({ near: { lat: 50.4501, lon: 30.5234, km: 420 } })).toEqual(['Kharkiv', 'Kyiv']);
      expect(await ids({ near: { lat: 0, lon: 0, km: 100 } })).toEqual([]);
      expect(await ids({ bbox: [22, 44, 41, 53] })).toEqual(['Kharkiv', 'Kyiv']);
      expect(await ids({ bbox: [20, 10, 40, 20], includeBackground: true })).toEqual(['Omdurman', 'El Fasher']);
      expect(await ids({ bbox: [170, -90, 31, 90], includeBackground: true })).toEqual(['Kyiv', 'El Fasher']); // crosses the antimeridian
    });

    it('pages with limit/offset and counts independently of paging', async () => {
      await seed();
      const all = await store.queryEvents({ includeBackground: true, sort: 'date' });
      const page = await store.queryEvents({ includeBackground: true, sort: 'date', limit: 2, offset: 1 });
      expect(page.map((e) => e.id)).toEqual(all.slice(1, 3).map((e) => e.id));
      expect(await store.queryEvents({ includeBackground: true, offset: 3 })).toHaveLength(1);
      expect(await store.queryEvents({ limit: 0 })).toEqual([]);
      expect(await store.countEvents({ includeBackground: true, limit: 1 })).toBe(4);
      expect(await store.countEvents({ country: 'Ukraine' })).toBe(2);
    });

    it('rejects malformed filters', async () => {
      await expect(store.queryEvents({ since: '2024/01/01' })).rejects.toThrow(/since/);
      await expect(store.queryEvents({ limit: -1 })).rejects.toThrow(/limit/);
      await expect(store.queryEvents({ near: { lat: 91, lon: 0, km: 1 } })).rejects.toThrow(/near/);
    });

    it('returns per-field evidence quoting the exact article text', async () => {
      const [r] = await store.saveMany([{ x: sudan(), meta: META }]);
      const d = await store.getEvent(r.eventIds[0]);
      expect(d?.sources).toHaveLength(1);
      const src = d!.sources[0];
      expect(src).toMatchObject({ articleId: 'sd-1', eventIndex: 0, title: 'Air strike kills 12 in Omdurman', url: 'https://example.org/sd-1', fatalities: 12 });
      const q = Object.fromEntries(src.evidence.map((e) => [e.field, e.quote]));
      expect(q).toEqual({
        date: 'on Sunday', eventType: 'air strike', subEventType: 'air strike', actor1: 'Sudanese Armed Forces',
        actor2: 'civilians', place: 'Omdurman', weapon: 'air strike', fatalities: 'killed 12', injured: null,
      });
      const text = sudan().article.text;
      for (const e of src.evidence) if (e.span) expect(e.quote).toBe(text.slice(e.span.start, e.span.end));
      expect(src.evidence.find((e) => e.field === 'place')).toMatchObject({ rule: 'place.test', stage: 'test', basis: 'stated' });
      expect(src.extracted).toEqual(sudan().events[0]);
    });

    it('round-trips claims with quotes', async () => {
      const [, r] = await store.saveMany([{ x: sudan(), meta: META }, { x: ukraine(), meta: META }]);
      const d = await store.getEvent(r.eventIds[0]);
      expect(d?.claims).toEqual([{
        articleId: 'ua-1', role: 'reported', claimant: 'Oleh Syniehubov', statement: 'killing 3 people and injuring 15',
        span: ukraine().events[0].claims[0].span, quote: 'killing 3 people and injuring 15',
      }]);
      expect((await store.getEvent(r.eventIds[1]))?.claims).toEqual([]);
      expect(await store.getEvent('ev_nope')).toBeNull();
    });

    it('round-trips articles', async () => {
      const [r] = await store.saveMany([{ x: sudan(), meta: META }]);
      const a = await store.getArticle('sd-1');
      expect(a).toMatchObject({
        id: 'sd-1', contentHash: contentHash(sudan().article), date: '2024-03-10', source: 'Reuters', lang: 'en',
        originPath: 'fixture:sd-1', ingestedAt: META.ingestedAt, extractorVersion: 'x-test', gazetteerVersion: 'g-test',
        eventIds: r.eventIds, framing: sudan().framing,
      });
      expect(await store.getArticle('missing')).toBeNull();
    });

    it('saveMany reports a failing item and keeps the others', async () => {
      const broken = makeExtraction({ id: 'bad-1', date: '2024-01-01', text: 'x', events: [] });
      (broken.article as { text: unknown }).text = 42;
      const results = await store.saveMany([{ x: sudan(), meta: META }, { x: broken, meta: META }, { x: ukraine(), meta: META }]);
      expect(results.map((r) => r.status)).toEqual(['inserted', 'error', 'inserted']);
      expect((results[1] as SaveError).articleId).toBe('bad-1');
      expect((results[1] as SaveError).error).toMatch(/text/);
      expect(await store.getArticle('bad-1')).toBeNull();
      expect(await store.countEvents({ includeBackground: true })).toBe(4);
      await expect(store.saveExtraction(broken, META)).rejects.toThrow(/text must be a string/);
    });

    it('rejects spans outside the text', async () => {
      const x = sudan();
      x.events[0].place!.span = { start: 5, end: 10_000 };
      await expect(store.saveExtraction(x, META)).rejects.toThrow(/span/);
      expect(await store.getArticle('sd-1')).toBeNull();
    });
  });
}
