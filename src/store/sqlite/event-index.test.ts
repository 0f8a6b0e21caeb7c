import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { rng } from '../../../bench/corpus.ts';
import { makeExtraction, META } from '../../../test/contract/fixtures.ts';
import type { ExtractedEvent, Extraction, SubEventType } from '../../core/types.ts';
import { combineSources, factsOf } from '../../dedupe/combine.ts';
import { KM_LIMIT, type MergeView } from '../../dedupe/compat.ts';
import { addDays, MAX_WINDOW_DAYS } from '../../dedupe/dates.ts';
import { viewOfExtracted } from '../../dedupe/view.ts';
import { decodeExtracted } from '../evidence.ts';
import { openStore } from '../index.ts';
import { bboxAround } from '../geo.ts';
import { BandIndex } from './band-index.ts';
import { EventIndex } from './event-index.ts';
import { loadMigrations, migrate } from './migrate.ts';
import { PendingRows } from './pending.ts';
import { saveOne, type SaveContext } from './save.ts';
import { SourceCache } from './source-cache.ts';
import { statementCache, type Prepare } from './statements.ts';

// The oracle: the merge candidates as SQL index ranges (how the save path found them before the
// in-memory index). The index must select exactly these rows.
const NOT_SAME_ARTICLE = 'NOT EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.id AND s.article_id = ?)';
const NEARBY = `SELECT e.id FROM events e WHERE e.event_type = ? AND e.date BETWEEN ? AND ?
  AND e.latitude BETWEEN ? AND ? AND (e.longitude BETWEEN ? AND ? OR (? > ? AND (e.longitude >= ? OR e.longitude <= ?)))
  AND ${NOT_SAME_ARTICLE}`;
const region = (precisions: string): string => `SELECT e.id FROM events e WHERE e.iso2 = ?
  AND e.event_type = ? AND e.geo_precision IN (${precisions}) AND e.date BETWEEN ? AND ? AND ${NOT_SAME_ARTICLE}`;
const MONTHLY = `SELECT e.id FROM events e WHERE e.event_type = ? AND e.date_precision = 'month' AND e.date BETWEEN ? AND ? AND ${NOT_SAME_ARTICLE}`;
const UNDATED = `SELECT e.id FROM events e WHERE e.event_type = ? AND e.date IS NULL AND e.location = ? AND ${NOT_SAME_ARTICLE}`;

function oracle(prepare: Prepare, v: MergeView, articleId: string): string[] {
  const p = v.place;
  if (!p) return [];
  const parts: Array<[string, unknown[]]> = [];
  if (v.date === null) {
    parts.push([UNDATED, [v.eventType, p.name, articleId]]);
  } else {
    const fine = v.datePrecision === 'day' || v.datePrecision === 'week';
    const [lo, hi] = [addDays(v.date, fine ? -7 : -MAX_WINDOW_DAYS), addDays(v.date, fine ? 7 : MAX_WINDOW_DAYS)];
    if (p.precision <= 2) {
      const [w, s, e, n] = bboxAround(p.lat, p.lon, KM_LIMIT[2]);
      parts.push([NEARBY, [v.eventType, lo, hi, s, n, w, e, w, e, w, e, articleId]]);
      parts.push([region('3'), [p.iso2, v.eventType, lo, hi, articleId]]);
    } else {
      parts.push([region('1, 2, 3'), [p.iso2, v.eventType, lo, hi, articleId]]);
    }
    if (fine) parts.push([MONTHLY, [v.eventType, `${v.date.slice(0, 7)}-01`, `${v.date.slice(0, 7)}-31`, articleId]]);
  }
  const ids = prepare(parts.map(([sql]) => sql).join('\nUNION ALL\n')).pluck().all(parts.flatMap(([, params]) => params)) as string[];
  return [...new Set(ids)].sort();
}

const PLACES = [
  { name: 'Omdurman', admin1: 'Khartoum', country: 'Sudan', iso2: 'SD', lat: 15.6445, lon: 32.4777 },
  { name: 'Khartoum', admin1: 'Khartoum', country: 'Sudan', iso2: 'SD', lat: 15.5007, lon: 32.5599 },
  { name: 'Khartoum State', admin1: 'Khartoum', country: 'Sudan', iso2: 'SD', lat: 15.6, lon: 32.6 },
  { name: 'Suva', admin1: 'Central', country: 'Fiji', iso2: 'FJ', lat: -18.1248, lon: 178.4501 },
  { name: 'Rabi', admin1: 'Northern', country: 'Fiji', iso2: 'FJ', lat: -16.49, lon: 179.98 },
  { name: 'Taveuni East', admin1: 'Northern', country: 'Fiji', iso2: 'FJ', lat: -16.55, lon: -179.95 },
  { name: 'Fiji', admin1: null, country: 'Fiji', iso2: 'FJ', lat: -17.7, lon: 178.1 },
];
const SUBS: SubEventType[] = ['Air/drone strike', 'Shelling/artillery/missile attack', 'Armed clash', 'Attack'];
const ACTORS = [null, 'Rapid Support Forces', 'Military Forces of Sudan (2019-)'];

/** Random reports crowded into few places, types and weeks, so most windows overlap. */
function workload(n: number, seed: number): Extraction[] {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const out: Extraction[] = [];
  for (let i = 0; i < n; i++) {
    const resave = i > 10 && r() < 0.1;
    const id = resave ? out[Math.floor(r() * out.length)]!.article.id : `a${i}`;
    const place = pick(PLACES);
    const day = Math.floor(r() * 120);
    const date = r() < 0.08 ? null : addDays('2024-01-01', day);
    const precision = date === null ? 'day' : pick(['day', 'day', 'day', 'week', 'month'] as const);
    const actor = pick(ACTORS);
    const text = `Report ${i} (${r().toFixed(6)}): an attack hit ${place.name}${actor ? ` by ${actor}` : ''}. Version ${r().toFixed(6)}.`;
    const x = makeExtraction({
      id, date: date ?? '2024-06-01', text,
      events: [{
        date, datePrecision: precision, sub: pick(SUBS), typeQuote: 'attack', background: r() < 0.1,
        actor1: actor ? { name: actor, kind: 'state_forces', quote: actor } : undefined,
        place: r() < 0.05 ? undefined : { ...place, quote: place.name },
      }],
    });
    const p = x.events[0]!.place?.value;
    if (p) p.precision = place.admin1 === null || place.name.endsWith('State') ? 3 : pick([1, 1, 2] as const);
    out.push(x);
  }
  return out;
}

/** A connection wired as the store wires it, with its event index exposed. */
function connection(path: string, maxEvents?: number, maxSources?: number) {
  const db = new Database(path);
  migrate(db, loadMigrations());
  const prepare = statementCache(db);
  const pending: PendingRows = new PendingRows(() => bands.written());
  const bands: BandIndex = new BandIndex(prepare, () => pending.flush(prepare));
  const ctx: SaveContext = { prepare, pending, bands, events: new EventIndex(prepare, maxEvents), sources: new SourceCache(prepare, maxSources) };
  const save = db.transaction((xs: Extraction[]) => {
    ctx.bands.sync();
    ctx.events.sync();
    ctx.sources.sync();
    for (const x of xs) saveOne(ctx, x, META);
    pending.flush(prepare);
  });
  return { db, prepare, ctx, save };
}

const FLAT = ['date', 'date_precision', 'background', 'event_type', 'sub_event_type', 'actor1', 'actor1_kind', 'actor2', 'actor2_kind',
  'country', 'iso2', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision', 'weapon', 'fatalities', 'fatalities_low',
  'fatalities_high', 'injured', 'certainty'];
/** Every stored event's flat row. */
const storedRows = (db: Database.Database): Record<string, unknown> =>
  Object.fromEntries((db.prepare(`SELECT id, ${FLAT.join(', ')} FROM events ORDER BY id`).all() as Array<Record<string, unknown>>)
    .map(({ id, ...row }) => [id, row]));
/** Every stored event's flat row recomputed from scratch: all sources parsed from their stored JSON. */
function recomputedRows(db: Database.Database): Record<string, unknown> {
  const sources = db.prepare(`SELECT s.article_id, s.extracted, coalesce(a.duplicate_of, s.article_id) AS root
    FROM event_sources s JOIN articles a ON a.id = s.article_id WHERE s.event_id = ? ORDER BY s.seq`);
  const stored = storedRows(db);
  return Object.fromEntries(Object.keys(stored).map((id) => {
    const rows = sources.all(id) as Array<{ article_id: string; extracted: string; root: string }>;
    if (rows.length === 1) return [id, stored[id]]; // single-source rows are written, not recomputed
    const row = combineSources(rows.map((r) => ({ articleId: r.article_id, rootId: r.root, facts: factsOf(decodeExtracted(r.extracted)) })));
    return [id, Object.fromEntries(FLAT.map((c) => [c, row[c]]))];
  }));
}

describe('EventIndex', () => {
  const check = (c: ReturnType<typeof connection>, probes: Extraction[]): number => {
    let nonEmpty = 0;
    for (const x of probes) {
      const v = viewOfExtracted(x.events[0]!);
      const want = oracle(c.prepare, v, x.article.id);
      expect(c.ctx.events.candidates(v, x.article.id).map((e) => e.id).sort(), `${x.article.id}: ${x.article.text}`).toEqual(want);
      if (want.length) nonEmpty++;
    }
    return nonEmpty;
  };

  it('selects exactly the SQL index ranges while events are added, merged, moved and re-saved', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-evindex-'));
    try {
      for (const maxEvents of [300_000, 3]) {
        const c = connection(join(dir, `${maxEvents}.db`), maxEvents, maxEvents === 3 ? 2 : undefined);
        const xs = workload(600, 7);
        const probes = workload(200, 8);
        for (let i = 0; i < xs.length; i += 50) {
          c.save(xs.slice(i, i + 50));
          check(c, probes.slice(0, 40)); // the live index, kept up to date by the save path
          expect(storedRows(c.db)).toEqual(recomputedRows(c.db)); // merged rows from cached source facts = from scratch
        }
        expect(check(c, probes)).toBeGreaterThan(100); // the probes do find candidates
        const merged = c.db.prepare(`SELECT count(*) FROM merge_decisions WHERE decision = 'merged'`).pluck().get() as number;
        expect(merged).toBeGreaterThan(50);
        if (maxEvents === 3) expect(c.ctx.events.size).toBeLessThan(40); // evicted down to the bucket in use
        c.db.close();
      }
      // The same decisions with a bound of 3 events as without.
      const decisions = (f: string) => {
        const db = new Database(join(dir, f), { readonly: true });
        const rows = db.prepare('SELECT article_id, event_index, event_id, decision, reason FROM merge_decisions ORDER BY 1, 2').raw().all();
        db.close();
        return rows;
      };
      expect(decisions('3.db')).toEqual(decisions('300000.db'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a month loaded again mid-save still knows who sourced its events: an article never merges with itself', () => {
    // Bound 0: loading the second event's month evicts the first's, so the third event reloads it
    // from the database, in the transaction that inserted the first.
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-evindex-'));
    try {
      const c = connection(join(dir, 'x.db'), 0);
      const omdurman = { ...PLACES[0]!, quote: 'Omdurman' };
      const x = makeExtraction({
        id: 'a1', date: '2024-04-10', text: 'An attack hit Omdurman, then a strike hit Omdurman, then another attack hit Omdurman.',
        events: [
          { date: '2024-03-30', datePrecision: 'day', sub: 'Attack', typeQuote: 'attack', place: omdurman },
          { date: '2024-03-30', datePrecision: 'day', sub: 'Air/drone strike', typeQuote: 'strike', place: omdurman },
          { date: '2024-03-30', datePrecision: 'day', sub: 'Attack', typeQuote: 'attack', place: omdurman },
        ],
      });
      c.save([x]);
      expect(c.db.prepare('SELECT decision FROM merge_decisions ORDER BY event_index').pluck().all()).toEqual(['new', 'new', 'new']);
      c.db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('evicts the least recently used month, not the first loaded', () => {
    // One stored event per month; a fake connection counts the month loads.
    const loads: string[] = [];
    const row = (month: string) => ({
      id: `e${month}`, event_type: 'Battles', sub_event_type: 'Armed clash', background: 0, date: `${month}-15`, date_precision: 'day',
      location: 'Omdurman', admin1: 'Khartoum', iso2: 'SD', latitude: 15.6, longitude: 32.5, geo_precision: 1, actor1: null, actor2: null,
      articles: '["x"]',
    });
    const stmt = { all: (_type: string, from: string) => (loads.push(from.slice(0, 7)), [row(from.slice(0, 7))]) };
    const index = new EventIndex((() => stmt) as unknown as Prepare, 2);
    const probe = (date: string): void => {
      index.candidates({ eventType: 'Battles', subEventType: 'Armed clash', background: false, date, datePrecision: 'day',
        place: { name: 'Omdurman', admin1: 'Khartoum', iso2: 'SD', lat: 15.6, lon: 32.5, precision: 1 }, actor1: null, actor2: null }, 'y');
    };
    probe('2024-01-15'); // January
    probe('2024-03-15'); // March
    probe('2024-01-16'); // January again: now March is the older
    probe('2024-05-15'); // May: over the bound of 2 events, evicts March
    probe('2024-01-17');
    probe('2024-03-17');
    expect(loads).toEqual(['2024-01', '2024-03', '2024-05', '2024-03']);
  });

  it('picks up an event recomputed into a loaded month from one it does not hold', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-evindex-'));
    try {
      const path = join(dir, 'sitrep.db');
      const strike = (id: string, day: string, place = PLACES[0]!) => makeExtraction({
        id, date: day, text: `An air strike hit ${place.name}, report ${id}.`,
        events: [{ date: day, sub: 'Air/drone strike', typeQuote: 'air strike', place: { ...place, quote: place.name } }],
      });
      const first = connection(path);
      first.save([strike('a', '2024-01-31'), strike('b', '2024-02-01')]); // one event, dated by its first source: January
      const [id] = first.db.prepare('SELECT id FROM events').pluck().all() as string[];
      expect(first.db.prepare('SELECT count(*) FROM event_sources WHERE event_id = ?').pluck().get(id)).toBe(2);
      first.db.close();

      const c = connection(path);
      c.ctx.events.sync(); // as a write transaction would (else the save's sync drops what the probe loads)
      const probe = strike('p', '2024-02-08'); // window 1–15 February: loads February only
      expect(c.ctx.events.candidates(viewOfExtracted(probe.events[0]!), 'p')).toEqual([]);
      c.save([strike('a', '2024-06-15', PLACES[3])]); // 'a' moves away: the event keeps b's date, February
      expect(c.db.prepare('SELECT date FROM events WHERE id = ?').pluck().get(id)).toBe('2024-02-01');
      expect(check(c, [probe, strike('p', '2024-02-03')])).toBe(2);
      c.db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('sees events another connection wrote', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-evindex-'));
    try {
      const path = join(dir, 'sitrep.db');
      const report = (id: string, actor: string | undefined, day: string) => makeExtraction({
        id, date: day, text: `An air strike hit Omdurman, report ${id}, by ${actor ?? 'unknown forces'}.`,
        events: [{
          date: day, sub: 'Air/drone strike', typeQuote: 'air strike',
          actor1: actor ? { name: actor, kind: 'state_forces', quote: actor } : undefined,
          place: { ...PLACES[0]!, quote: 'Omdurman' },
        }],
      });
      const a = openStore({ path });
      const b = openStore({ path });
      await a.saveExtraction(report('a1', 'Rapid Support Forces', '2024-03-10'), META); // a holds March 2024 in memory
      const [eb] = (await b.saveExtraction(report('b1', 'Military Forces of Sudan (2019-)', '2024-03-10'), META)).eventIds;
      // Compatible with b's event only (same actor): a must see it although its copy predates it.
      const r = await a.saveExtraction(report('a2', 'Military Forces of Sudan (2019-)', '2024-03-11'), META);
      expect(r.eventIds).toEqual([eb]);
      await a.close();
      await b.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('recomputes from a source another connection re-saved, not from the facts it had parsed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-evindex-'));
    try {
      const path = join(dir, 'sitrep.db');
      const report = (id: string, killed: number, v = '') => makeExtraction({
        id, date: '2024-03-10', text: `An air strike hit Omdurman, report ${id}${v}, killing ${killed}.`,
        events: [{ date: '2024-03-10', sub: 'Air/drone strike', typeQuote: 'air strike', fatalities: { value: killed, quote: `killing ${killed}` }, place: { ...PLACES[0]!, quote: 'Omdurman' } }],
      });
      const a = openStore({ path });
      const b = openStore({ path });
      await a.saveExtraction(report('r1', 4), META);
      const [id] = (await a.saveExtraction(report('r2', 4), META)).eventIds; // a recomputes: parses r1, remembers r2
      await b.saveExtraction(report('r1', 9, ' (updated)'), META); // b re-saves r1 with a new figure
      await a.saveExtraction(report('r3', 9), META); // a must see r1's new figure: 9 reported twice, 4 once
      expect((await a.getEvent(id!))?.event).toMatchObject({ fatalities: 9, fatalities_low: 4, fatalities_high: 9 });
      await a.close();
      await b.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
