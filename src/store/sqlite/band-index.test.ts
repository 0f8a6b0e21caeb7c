import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BANDS, bandHashes, sketch } from '../../dedupe/sketch.ts';
import { BandIndex } from './band-index.ts';
import { loadMigrations, migrate } from './migrate.ts';
import { dateBucket, storeSketch } from './near-dup.ts';
import { PendingRows } from './pending.ts';
import { statementCache } from './statements.ts';

const TEXT = 'Shelling hit the market in the old town on Tuesday morning, killing four traders and wounding eleven others, the regional governor said in a statement.';

/** A store-shaped connection: schema, statement cache, deferred rows and band index wired as the store does. */
function fixture(maxRows: number, path = ':memory:') {
  const db = new Database(path);
  migrate(db, loadMigrations());
  const prepare = statementCache(db);
  let reads = 0;
  const pending: PendingRows = new PendingRows(() => bands.written());
  const bands: BandIndex = new BandIndex(prepare, () => {
    reads++;
    pending.flush(prepare);
  }, maxRows);
  const article = (id: string, date: string): void => {
    db.prepare(`INSERT INTO articles (id, content_hash, date, text, framing, ingested_at, extractor_version, gazetteer_version)
      VALUES (?, ?, ?, ?, '[]', '', '', '')`).run(id, id, date, TEXT);
    storeSketch(pending, bands, id, date, sketch(TEXT));
  };
  const found = (date: string): string[] => {
    const into = new Set<string>();
    bands.candidates(dateBucket(date), bandHashes(sketch(TEXT).signature), into);
    return [...into].sort();
  };
  return { db, pending, bands, article, found, flushes: () => reads };
}

describe('BandIndex', () => {
  it('finds deferred rows from memory, without writing them first', () => {
    const f = fixture(1_000_000);
    f.article('a', '2024-03-05');
    expect(f.found('2024-03-05')).toEqual(['a']);
    expect(f.flushes()).toBe(0);
    expect(f.db.prepare('SELECT count(*) FROM article_bands').pluck().get()).toBe(0);
    f.pending.flush(statementCache(f.db));
    expect(f.db.prepare('SELECT count(*) FROM article_bands').pluck().get()).toBe(BANDS);
  });

  it('writes every deferred band row once, across buckets, chunk boundaries, an undated article and shared hashes', () => {
    const db = new Database(':memory:');
    migrate(db, loadMigrations());
    const prepare = statementCache(db);
    const pending = new PendingRows();
    const bands = new BandIndex(prepare);
    const want: string[] = [];
    const dates = ['2024-03-05', '2024-03-20', null];
    for (let i = 0; i < 151; i++) { // 151 × 32 rows: 75 full multi-row statements and a remainder
      const id = `a${i}`;
      const date = dates[i % 3]!;
      const text = i % 50 === 7 ? TEXT : `${TEXT} Report ${i}: ${'word '.repeat(i % 9)}number ${i * 7919}.`; // three exact copies
      db.prepare(`INSERT INTO articles (id, content_hash, date, text, framing, ingested_at, extractor_version, gazetteer_version)
        VALUES (?, ?, ?, ?, '[]', '', '', '')`).run(id, id, date, text);
      const sk = sketch(text);
      storeSketch(pending, bands, id, date, sk);
      bandHashes(sk.signature).forEach((h, band) => want.push(`${dateBucket(date)}|${band}|${h}|${id}`));
    }
    pending.flush(prepare);
    const got = (db.prepare('SELECT bucket, band, hash, article_id FROM article_bands').raw().all() as unknown[][]).map((r) => r.join('|'));
    expect(got.length).toBe(151 * BANDS);
    expect(got.sort()).toEqual(want.sort());
    expect(db.prepare('SELECT count(*) FROM article_sketches').pluck().get()).toBe(151);
  });

  it('evicts the least recently used bucket, not the first loaded', () => {
    const f = fixture(2 * BANDS); // room for two articles
    f.article('a', '2024-03-05');
    f.article('b', '2024-06-05');
    expect(f.found('2024-03-05')).toEqual(['a']); // March used after June
    f.article('c', '2024-09-05'); // evicts June
    expect(f.found('2024-03-05')).toEqual(['a']);
    expect(f.flushes()).toBe(0); // March was still held
    expect(f.found('2024-06-05')).toEqual(['b']); // reloaded, after writing the deferred rows
    expect(f.flushes()).toBe(1);
  });

  it('writes deferred rows before reloading a bucket it evicted, and then finds them', () => {
    const f = fixture(BANDS); // room for one article: the second evicts the first's bucket
    f.article('a', '2024-03-05');
    f.article('b', '2024-06-05');
    expect(f.flushes()).toBe(0);
    expect(f.found('2024-03-05')).toEqual(['a']); // reloaded from SQLite after a flush
    expect(f.flushes()).toBe(1);
    expect(f.found('2024-06-05')).toEqual(['b']);
  });

  it('keeps its copy across its own commits and drops it when another connection commits', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-bands-'));
    try {
      const path = join(dir, 'bands.db');
      const f = fixture(1_000_000, path);
      f.bands.sync();
      f.article('a', '2024-03-05');
      f.pending.flush(statementCache(f.db));
      f.bands.sync(); // own commit: data_version unchanged, copy kept
      expect(f.found('2024-03-05')).toEqual(['a']);
      const other = new Database(path);
      const hashes = bandHashes(sketch(TEXT).signature);
      const insert = other.prepare('INSERT INTO article_bands (bucket, band, hash, article_id) VALUES (?, ?, ?, ?)');
      other.transaction(() => hashes.forEach((h, band) => insert.run(dateBucket('2024-03-05'), band, h, 'z')))();
      other.close();
      expect(f.found('2024-03-05')).toEqual(['a']); // not seen until the next write transaction syncs
      f.bands.sync();
      expect(f.found('2024-03-05')).toEqual(['a', 'z']);
      f.db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
