/**
 * API benchmark: `npx tsx bench/api.bench.ts [events]`.
 * Fills a temp SQLite store with N synthetic events (default 1,000,000) through a direct bulk
 * path (same schema and migrations as the store; 10 events per article, one source each),
 * then times `GET /api/events?bbox=…&since=…&until=…` through the Hono app (`app.request`)
 * against the same count + page query run directly on the store, interleaved.
 */
import './built.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { createApp } from '../dist/api/app.js';
import { EVENT_TAXONOMY, EVENT_TYPES } from '../dist/core/types.js';
import { openStore } from '../dist/store/index.js';
import type { EventFilter } from '../dist/store/store.js';

/** Result of {@link runApiBench}. */
export interface ApiBenchResult {
  events: number;
  fill_s: number;
  queries: number;
  avg_total: number;
  p50_ms: number;
  p95_ms: number;
  direct_p50_ms: number;
  direct_p95_ms: number;
  ratio: number;
}

const DAY = 86400000;
const START = Date.parse('2019-01-01T00:00:00Z');
const DAYS = 6 * 365;

function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 40 hotspots (lat, lon) events cluster around. */
function hotspots(r: () => number): Array<[number, number]> {
  return Array.from({ length: 40 }, () => [-30 + r() * 75, -20 + r() * 120] as [number, number]);
}

/** Bulk-insert `n` synthetic events (plus articles and event_sources rows) into the store at `path`. */
export function fillSynthetic(path: string, n: number): void {
  const db = new Database(path);
  db.pragma('synchronous = OFF');
  const r = rng(42);
  const spots = hotspots(r);
  const subs = EVENT_TYPES.flatMap((t) => EVENT_TAXONOMY[t].map((s) => [t, s] as const));
  const art = db.prepare(`INSERT INTO articles (id, content_hash, date, title, text, framing, ingested_at, extractor_version, gazetteer_version)
    VALUES (?, ?, ?, ?, ?, '[]', '2025-01-01T00:00:00Z', 'bench', 'bench')`);
  const ev = db.prepare(`INSERT INTO events (id, date, date_precision, background, event_type, sub_event_type, actor1, actor1_kind,
    country, iso2, location, latitude, longitude, geo_precision, fatalities, fatalities_low, fatalities_high, certainty)
    VALUES (?, ?, 'day', ?, ?, ?, ?, 'state_forces', ?, ?, ?, ?, ?, 1, ?, ?, ?, 'reported')`);
  const src = db.prepare(`INSERT INTO event_sources (event_id, article_id, event_index, seq, fatalities, extracted) VALUES (?, ?, ?, 1, ?, '{}')`);
  const gauss = (): number => (r() + r() + r() - 1.5) * 2;
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const a = Math.floor(i / 10);
      const date = new Date(START + Math.floor(r() * DAYS) * DAY).toISOString().slice(0, 10);
      if (i % 10 === 0) art.run(`a${a}`, `h${a}`, date, `Article ${a}`, `Synthetic report ${a} about fighting.`);
      const [lat, lon] = spots[Math.floor(r() * spots.length)]!;
      const [type, sub] = subs[Math.floor(r() * subs.length)]!;
      const f = r() < 0.2 ? null : Math.floor(-Math.log(1 - r()) * 4);
      const id = `ev${i.toString(36).padStart(8, '0')}`;
      ev.run(id, date, r() < 0.1 ? 1 : 0, type, sub, `Actor ${i % 500}`, `Country ${Math.floor(lat)}`, 'XX', `Place ${i % 5000}`,
        Math.max(-89, Math.min(89, lat + gauss())), Math.max(-179, Math.min(179, lon + gauss())), f, f, f);
      src.run(id, `a${a}`, i % 10, f);
    }
  });
  for (let i = 0; i < n; i += 50_000) batch(i, Math.min(n, i + 50_000));
  db.close();
}

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return +s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!.toFixed(2);
};

/** Fill, measure, print and return p50/p95 of the API route next to the direct store query. */
export async function runApiBench(opts: { events?: number; queries?: number } = {}): Promise<ApiBenchResult> {
  const events = opts.events ?? 1_000_000;
  const queries = opts.queries ?? 200;
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-api-bench-'));
  const path = join(dir, 'bench.db');
  try {
    await openStore({ path }).close(); // schema + migrations
    const t0 = performance.now();
    fillSynthetic(path, events);
    const fill_s = +((performance.now() - t0) / 1000).toFixed(1);
    const store = openStore({ path });
    const app = createApp({ store });
    const r = rng(7);
    const spots = hotspots(rng(42));
    const qs = Array.from({ length: queries + 10 }, () => {
      const [lat, lon] = spots[Math.floor(r() * spots.length)]!;
      const since = new Date(START + Math.floor(r() * (DAYS - 90)) * DAY).toISOString().slice(0, 10);
      const until = new Date(Date.parse(since) + 90 * DAY).toISOString().slice(0, 10);
      const bbox: [number, number, number, number] = [lon - 5, lat - 5, lon + 5, lat + 5];
      return { url: `/api/events?bbox=${bbox.join(',')}&since=${since}&until=${until}`, filter: { bbox, since, until, limit: 100 } as EventFilter };
    });
    const api: number[] = [], direct: number[] = [];
    let totals = 0;
    for (const [i, q] of qs.entries()) {
      const a0 = performance.now();
      const res = await app.request(q.url);
      const body = (await res.json()) as { total: number };
      const a1 = performance.now();
      await Promise.all([store.countEvents(q.filter), store.queryEvents(q.filter)]);
      const d1 = performance.now();
      if (res.status !== 200) throw new Error(`bench: ${q.url} → ${res.status}`);
      if (i < 10) continue; // warm-up
      totals += body.total;
      api.push(a1 - a0);
      direct.push(d1 - a1);
    }
    await store.close();
    const res: ApiBenchResult = {
      events, fill_s, queries, avg_total: Math.round(totals / queries),
      p50_ms: pct(api, 50), p95_ms: pct(api, 95), direct_p50_ms: pct(direct, 50), direct_p95_ms: pct(direct, 95), ratio: 0,
    };
    res.ratio = +(res.p50_ms / res.direct_p50_ms).toFixed(2);
    console.log(JSON.stringify(res));
    return res;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runApiBench({ events: process.argv[2] ? Number(process.argv[2]) : undefined });
