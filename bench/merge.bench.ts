/**
 * Merge benchmark: `npx tsx bench/merge.bench.ts [maxEvents]`.
 * Saves synthetic one-event articles through the real store path (validate → content hash →
 * MinHash + LSH probe → in-memory candidate lookup → insert or merge + recompute) into a temp
 * SQLite DB, 1,000 per transaction. About a third of the reports repeat an earlier event
 * (same type/place/day, other outlet and toll), so merges and recomputes are exercised.
 * Dates advance with ingest order (as news does), so the candidate density per lookup is constant.
 * Reports cumulative time at 10k, 50k and 100k reports; near-linear growth = flat per_event_us.
 * `MEM=1` uses an in-memory database (separates SQLite page I/O from the merge work).
 *
 * One story: 2,000 reports of the same event (distinct texts, so none is a near-copy), 100 per
 * transaction: µs per report for the first and the last 100. Each merge recomputes the event from
 * all of its sources, so this shows how that cost grows with an event's source count.
 */
import './built.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EVENT_TAXONOMY } from '../dist/core/types.js';
import type { EventType, ExtractedEvent, Extraction, Field } from '../dist/core/types.js';
import { addDays } from '../dist/dedupe/dates.js';
import { openStore } from '../dist/store/index.js';
import type { SaveItem } from '../dist/store/store.js';
import { rng } from './corpus.ts';

const META = { extractorVersion: 'bench', gazetteerVersion: 'bench', ingestedAt: '2024-06-01T00:00:00.000Z' };
const TYPES: EventType[] = ['Battles', 'Explosions/Remote violence', 'Violence against civilians'];
const WORDS = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`);

interface Seed { type: EventType; sub: string; date: string; lat: number; lon: number; place: string; actor: string }

const f = <T>(value: T): Field<T> => ({ value, span: null, stage: 'bench', rule: 'bench', basis: 'inferred' });

function extraction(id: string, s: Seed, killed: number, text: string): Extraction {
  const ev: ExtractedEvent = {
    index: 0, date: f(s.date), datePrecision: 'day', background: false,
    eventType: f(s.type), subEventType: f(s.sub as ExtractedEvent['subEventType']['value']),
    actor1: f({ name: s.actor, kind: 'state_forces', country: null }), actor2: null,
    place: f({ name: s.place, admin1: 'Bench', country: 'Benchland', iso2: 'BL', latitude: s.lat, longitude: s.lon, precision: 1 }),
    weapon: null, fatalities: f(killed), injured: f(null), claims: [], certainty: 'reported', sentences: [],
  };
  return { article: { id, date: s.date, text, origin: { path: 'bench' } }, events: [ev], framing: [] };
}

export interface OneStory { reports: number; first_100_us: number; last_100_us: number; events: number }

/** `n` reports of one event into a fresh store, 100 per transaction. */
async function oneStory(dir: string, n = 2000): Promise<OneStory> {
  const store = openStore({ path: join(dir, 'one-story.db') });
  const rand = rng(7);
  const s: Seed = { type: 'Battles', sub: 'Armed clash', date: '2024-05-01', lat: 31.5, lon: 34.45, place: 'Town 0', actor: 'Actor 0' };
  const lap: number[] = [];
  try {
    for (let done = 0; done < n; done += 100) {
      const batch: SaveItem[] = Array.from({ length: 100 }, (_, i) => ({
        x: extraction(`story${done + i}`, s, Math.floor(rand() * 20), Array.from({ length: 60 }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ')),
        meta: META,
      }));
      const t = performance.now();
      await store.saveMany(batch);
      lap.push(((performance.now() - t) * 1000) / 100);
    }
    const events = await store.countEvents({ includeBackground: true });
    const r = { reports: n, first_100_us: Math.round(lap[0]!), last_100_us: Math.round(lap.at(-1)!), events };
    console.log(`one story: ${n} reports of one event (${events} stored): ${r.first_100_us} µs/report for the first 100, ${r.last_100_us} for the last 100`);
    return r;
  } finally {
    await store.close();
  }
}

/** Run the benchmark; prints a table and returns the checkpoints and the one-story figures. */
export async function runMergeBench(opts: { max?: number } = {}): Promise<{ points: { events: number; seconds: number; per_event_us: number }[]; one_story: OneStory }> {
  const max = opts.max ?? 100_000;
  const checkpoints = [10_000, 50_000, 100_000].filter((n) => n <= max);
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-merge-bench-'));
  const store = openStore({ path: process.env.MEM ? ':memory:' : join(dir, 'bench.db') });
  const rand = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const seeds: Seed[] = [];
  const points: { events: number; seconds: number; per_event_us: number }[] = [];
  let merged = 0;
  const t0 = performance.now();
  try {
    for (let done = 0; done < max; ) {
      const batch: SaveItem[] = [];
      for (let i = 0; i < 1000 && done < max; i++, done++) {
        let s: Seed;
        if (seeds.length > 100 && rand() < 0.33) {
          s = seeds[seeds.length - 1 - Math.floor(rand() * Math.min(seeds.length, 5000))]; // a recent event, reported again
          merged++;
        } else {
          const type = pick(TYPES);
          // News arrives roughly in date order (~300 reports a day, ±3 days), at ~60 towns over a 10°×10°
          // area: candidate boxes are never empty, and their density stays constant as the DB grows.
          const town = Math.floor(rand() * 60);
          s = {
            type, sub: pick(EVENT_TAXONOMY[type]), date: addDays('2023-01-01', Math.floor(done / 300 + rand() * 6 - 3)),
            lat: 30 + (town % 10) + rand() * 0.05, lon: 30 + Math.floor(town / 10) + rand() * 0.05, place: `Town ${town}`,
            actor: `Actor ${Math.floor(rand() * 8)}`,
          };
          seeds.push(s);
        }
        const text = Array.from({ length: 60 }, () => pick(WORDS)).join(' ');
        batch.push({ x: extraction(`a${done}`, s, Math.floor(rand() * 20), text), meta: META });
      }
      await store.saveMany(batch);
      if (checkpoints.includes(done)) {
        const seconds = (performance.now() - t0) / 1000;
        points.push({ events: done, seconds: Math.round(seconds * 100) / 100, per_event_us: Math.round((seconds * 1e6) / done) });
        const stored = await store.countEvents({ includeBackground: true });
        const prev = points.at(-2) ?? { events: 0, seconds: 0 };
        const marginal = Math.round(((seconds - prev.seconds) * 1e6) / (done - prev.events));
        console.log(`${String(done).padStart(7)} reports  ${seconds.toFixed(2).padStart(7)} s  ${points.at(-1)!.per_event_us} µs/report (last ${done - prev.events}: ${marginal} µs)  ${stored} events stored, ~${merged} repeats`);
      }
    }
  } finally {
    await store.close();
  }
  try {
    return { points, one_story: await oneStory(dir) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runMergeBench({ max: process.argv[2] ? Number(process.argv[2]) : undefined });
