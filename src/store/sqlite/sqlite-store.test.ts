import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeEventStoreContract } from '../../../test/contract/event-store.ts';
import { META, sudan, ukraine } from '../../../test/contract/fixtures.ts';
import { openStore } from '../index.ts';
import type { Extraction } from '../../core/types.ts';
import type { SaveError } from '../store.ts';
import { loadMigrations } from './migrate.ts';
import { ARTICLE_COLUMNS, articleRow, EVENT_COLUMNS, eventRow } from './save.ts';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'sitrep-store-'));

describeEventStoreContract('sqlite', async () => {
  const dir = tmp();
  return { store: openStore({ path: join(dir, 'test.db') }), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
});

describe('sqlite backend', () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = tmp();
    path = join(dir, 'sitrep.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const raw = (): Database.Database => new Database(path);
  /** A store whose database aborts (with 'boom') any insert of a claim by the RSF: a mid-write failure. */
  const storeFailingOnRsfClaims = async () => {
    await openStore({ path }).close();
    const db = raw();
    db.exec("CREATE TRIGGER boom BEFORE INSERT ON claims WHEN NEW.claimant = 'RSF' BEGIN SELECT RAISE(ABORT, 'boom'); END");
    db.close();
    return openStore({ path });
  };

  it('applies migrations once and records them', async () => {
    await (await openStore({ path })).close();
    const s2 = openStore({ path });
    await s2.saveExtraction(sudan(), META);
    await s2.close();
    const db = raw();
    const rows = db.prepare('SELECT version, name FROM schema_migrations').all();
    expect(rows).toEqual(loadMigrations().map((m) => ({ version: m.version, name: m.name })));
    expect(rows[0]).toEqual({ version: 1, name: 'init' });
    db.close();
  });

  it('stores each claim once (in claims, not again in the source JSON) and reads rows that still carry their own', async () => {
    const s = openStore({ path });
    const [id] = (await s.saveExtraction(sudan(), META)).eventIds;
    const want = sudan().events[0]!.claims;
    expect(want.length).toBeGreaterThan(0);
    await s.close();
    const db = raw();
    const stored = JSON.parse(db.prepare('SELECT extracted FROM event_sources').pluck().get() as string);
    expect(stored).not.toHaveProperty('claims');
    // A row written before claims were stored once (the plain ExtractedEvent JSON of that time):
    // its claims are read as they are, not merged with the table's.
    const legacy = { ...sudan().events[0]!, claims: want.slice(0, 1) };
    db.prepare('UPDATE event_sources SET extracted = ?').run(JSON.stringify(legacy));
    db.close();
    const s2 = openStore({ path });
    expect((await s2.getEvent(id!))!.sources[0]!.extracted).toEqual(legacy);
    await s2.close();
  });

  it('stores a source as compact JSON (each field a [value, start, end, stage, rule, basis] tuple) that SQL can still query', async () => {
    const s = openStore({ path });
    const [id] = (await s.saveExtraction(sudan(), META)).eventIds;
    const ev = sudan().events[0]!;
    await s.close();
    const db = raw();
    const q = (p: string): unknown => db.prepare(`SELECT json_extract(extracted, ?) FROM event_sources`).pluck().get(p);
    expect(q('$.v')).toBe(2);
    expect(q('$.place[0].name')).toBe(ev.place!.value.name);
    expect([q('$.place[1]'), q('$.place[2]'), q('$.place[4]')]).toEqual([ev.place!.span!.start, ev.place!.span!.end, ev.place!.rule]);
    db.close();
    // Read back exactly as extracted, claims from their rows.
    const s2 = openStore({ path });
    expect((await s2.getEvent(id!))!.sources[0]!.extracted).toEqual(ev);
    await s2.close();
  });

  it('builds article and event rows with their keys in the order their INSERTs bind them', () => {
    const x = sudan();
    expect(Object.keys(articleRow(x, META, 'hash', null))).toEqual(ARTICLE_COLUMNS);
    const bare = { ...x.events[0]!, actor1: null, actor2: null, place: null, weapon: null };
    for (const ev of [x.events[0]!, bare]) expect(Object.keys(eventRow('ev_1', ev))).toEqual(EVENT_COLUMNS);
  });

  it('uses WAL and sets pragmas', async () => {
    const s = openStore({ path });
    expect(s.dialect).toBe('sqlite');
    expect(s.name).toBe(`sqlite:${path}`);
    const db = raw();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    await s.close();
    await s.close(); // idempotent
    await expect(s.queryEvents()).rejects.toThrow(/closed/);
  });

  it('enforces foreign keys', async () => {
    const s = openStore({ path });
    await s.saveMany([{ x: sudan(), meta: META }]);
    await s.close();
    const db = raw();
    db.pragma('foreign_keys = ON');
    expect(() => db.prepare("INSERT INTO claims VALUES ('ev_x', 'nope', 0, 'r', 'c', 's', 0, 1)").run()).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM articles WHERE id = 'sd-1'").run();
    expect(db.prepare('SELECT count(*) FROM event_sources').pluck().get()).toBe(0);
    db.close();
  });

  it('rolls back a failing migration and keeps earlier ones', async () => {
    const mdir = join(dir, 'migrations');
    mkdirSync(mdir);
    writeFileSync(join(mdir, '001_a.sql'), 'CREATE TABLE a (x INTEGER);');
    writeFileSync(join(mdir, '002_b.sql'), 'CREATE TABLE b (x INTEGER); INSERT INTO nope VALUES (1);');
    expect(() => openStore({ path, migrationsDir: mdir })).toThrow(/nope/);
    const db = raw();
    expect(db.prepare('SELECT version FROM schema_migrations').pluck().all()).toEqual([1]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('a', 'b')").pluck().all()).toEqual(['a']);
    db.close();
  });

  it('refuses a database newer than the code', async () => {
    await (await openStore({ path })).close();
    const db = raw();
    db.prepare("INSERT INTO schema_migrations VALUES (999, 'future', 'x')").run();
    db.close();
    expect(() => openStore({ path })).toThrow(/newer than this code/);
  });

  it('rolls back only the item that fails mid-write in saveMany', async () => {
    const s = await storeFailingOnRsfClaims();
    const r = await s.saveMany([{ x: ukraine(), meta: META }, { x: sudan(), meta: META }]);
    expect(r.map((x) => x.status)).toEqual(['inserted', 'error']);
    expect((r[1] as SaveError).error).toBe('boom');
    expect(await s.getArticle('sd-1')).toBeNull();
    expect(await s.countEvents({ includeBackground: true })).toBe(2);
    expect(await s.countEvents({ country: 'Sudan', includeBackground: true })).toBe(0);
    await s.close();
  });
  /** A near-copy of `x` (one sentence added) under another id; spans stay valid. */
  const copyOf = (x: Extraction, id: string): Extraction => ({ ...x, article: { ...x.article, id, text: `${x.article.text} Reuters reported.` } });

  it('sees near-duplicates written by another connection (its band cache is refreshed)', async () => {
    const a = openStore({ path });
    const b = openStore({ path });
    const first = sudan();
    first.article.date = '2024-05-02';
    await b.saveExtraction(ukraine(), META); // b now holds the bands of 2024-05-02's week in memory
    await a.saveExtraction(first, META); // written behind b's back
    await b.saveExtraction(copyOf(first, 'sd-copy'), META);
    expect((await b.getArticle('sd-copy'))?.duplicateOf).toBe('sd-1');
    await a.close();
    await b.close();
  });

  it('never takes an article rolled back in the same batch as an original', async () => {
    const s = await storeFailingOnRsfClaims();
    const copy = copyOf(sudan(), 'sd-copy');
    copy.events[0]!.claims = [];
    const r = await s.saveMany([{ x: sudan(), meta: META }, { x: copy, meta: META }, { x: copyOf(copy, 'sd-copy-2'), meta: META }]);
    expect(r.map((x) => x.status)).toEqual(['error', 'inserted', 'inserted']);
    expect(await s.getArticle('sd-1')).toBeNull();
    expect((await s.getArticle('sd-copy'))?.duplicateOf).toBeNull();
    expect((await s.getArticle('sd-copy-2'))?.duplicateOf).toBe('sd-copy');
    await s.close();
  });

  // What a later item of a batch reads through event_sources must find the earlier items' sources
  // (a one-event original: nothing else in the batch reads them before). First sources deferred
  // like the claims (tried, and no faster) would need writing out before each of these reads.
  const oneEvent = (): Extraction => {
    const x = sudan();
    x.events = x.events.slice(0, 1);
    return x;
  };

  it('in one batch, a near-copy joins the event of its original as a near-duplicate', async () => {
    const s = openStore({ path });
    const [first, copy] = await s.saveMany([{ x: oneEvent(), meta: META }, { x: copyOf(oneEvent(), 'sd-copy'), meta: META }]);
    expect(copy).toMatchObject({ status: 'inserted', eventIds: first!.eventIds });
    await s.close();
    const db = new Database(path, { readonly: true });
    expect(db.prepare(`SELECT decision FROM merge_decisions WHERE article_id = 'sd-copy'`).pluck().all()).toEqual(['near-duplicate']);
    db.close();
  });

  it('in one batch, a duplicate of an earlier item names its events', async () => {
    const s = openStore({ path });
    const renamed = oneEvent();
    renamed.article.id = 'sd-renamed';
    const [first, dup] = await s.saveMany([{ x: oneEvent(), meta: META }, { x: renamed, meta: META }]);
    expect(dup).toEqual({ status: 'duplicate', articleId: 'sd-1', eventIds: first!.eventIds });
    await s.close();
  });

  it('saves a batch with a duplicate, an update and a near-copy of an earlier item like one-by-one saves do', async () => {
    const changed = ukraine();
    changed.article.text = changed.article.text.replace('Kharkiv overnight', 'Kharkiv late overnight');
    for (const e of changed.events) for (const f of [e.date, e.eventType, e.subEventType, e.actor1, e.actor2, e.place, e.weapon, e.fatalities, e.injured]) {
      if (f?.span && f.span.start > changed.article.text.indexOf('late')) f.span = { start: f.span.start + 5, end: f.span.end + 5 };
    }
    for (const e of changed.events) for (const c of e.claims) c.span = { start: c.span.start + 5, end: c.span.end + 5 };
    const items = [sudan(), ukraine(), copyOf(sudan(), 'sd-copy'), sudan(), changed].map((x) => ({ x, meta: META }));
    const one = openStore({ path: join(dir, 'one.db') });
    const each = [];
    for (const it of items) each.push(await one.saveExtraction(it.x, it.meta));
    const many = openStore({ path });
    const batch = await many.saveMany(items);
    expect(batch).toEqual(each);
    expect(batch.map((r) => r.status)).toEqual(['inserted', 'inserted', 'inserted', 'duplicate', 'updated']);
    const dump = async (s: typeof one) => Promise.all((await s.queryEvents({ includeBackground: true, limit: 100 })).map(async (e) => ({ ...(await s.getEvent(e.id)), decisions: undefined })));
    expect(await dump(many)).toEqual(await dump(one));
    await one.close();
    await many.close();
  });
});
