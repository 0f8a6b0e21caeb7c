/**
 * The CLI as a user runs it: a real process, real files, exit codes, stdout vs stderr.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
const db = join(dir, 'events.db');
const sitrep = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', input: '' });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sitrep CLI', () => {
  it('ingests the bundled examples, and a second run stores nothing new', () => {
    const first = sitrep('ingest', 'examples/articles', '--db', db);
    expect(first.status).toBe(0);
    expect(first.stderr).toMatch(/ingested 5 input\(s\): 5 new article\(s\).*0 rejected/);
    const again = sitrep('ingest', 'examples/articles', '--db', db);
    expect(again.stderr).toMatch(/0 new article\(s\), 0 updated, 5 already stored.*→ 0 new event\(s\)/);
  });

  it('lists events as jsonl with filters, and shows one with its evidence', () => {
    const out = sitrep('events', '--db', db, '--format', 'jsonl', '--country', 'Ukraine');
    expect(out.status).toBe(0);
    const events = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ location: 'Kharkiv', fatalities: 3, fatalities_low: 3, fatalities_high: 3, sources: ['kharkiv-shelling-2024-05-12'] });
    const show = sitrep('show', events[0].id, '--db', db);
    expect(show.status).toBe(0);
    expect(show.stdout).toContain('"killing three civilians"');
    expect(show.stdout).toMatch(/denied\s+by Military Forces of Russia/);
  });

  it('writes ACLED-style CSV and GeoJSON', () => {
    const csv = sitrep('events', '--db', db, '--format', 'csv');
    expect(csv.stdout.split('\n')[0]).toMatch(/^event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,country/);
    const geo = JSON.parse(sitrep('events', '--db', db, '--format', 'geojson').stdout);
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.length).toBeGreaterThan(3);
  });

  it('reports a bad JSONL line with its file and line, keeps it aside, and stores the rest', () => {
    const file = join(dir, 'mixed.jsonl');
    writeFileSync(file, '{"id":"ok1","date":"2024-03-02","text":"Gunmen killed two farmers near Goma on Friday."}\n{"id": broken\n');
    const r = sitrep('ingest', file, '--db', db);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`${file}:2: invalid JSON`);
    expect(r.stderr).toMatch(/1 new article\(s\).*1 rejected/);
    const rejects = readFileSync(`${db}.rejects.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(rejects.at(-1)).toMatchObject({ path: file, line: 2, raw: '{"id": broken' });
  });

  it('refuses articles in a language it cannot read, naming them', () => {
    const file = join(dir, 'fr.jsonl');
    writeFileSync(file, '{"id":"fr1","date":"2024-03-02","lang":"fr","text":"Des hommes armés ont tué deux agriculteurs près de Goma."}\n');
    const r = sitrep('extract', file);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${file}:1: article "fr1": language "fr" is not supported`);
    expect(r.status).toBe(1);
  });

  it('exit codes: 2 for usage errors, 1 for failures', () => {
    expect(sitrep('bogus').status).toBe(2);
    expect(sitrep('events', '--db', db, '--since', 'yesterday').status).toBe(2);
    expect(sitrep('show', 'ev_missing', '--db', db).status).toBe(1);
    expect(sitrep('events', '--help').status).toBe(0);
  });
});
