import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReadItem } from '../read/index.ts';
import { createEngine, EXTRACT_BATCH, EXTRACT_IDLE_MS, extractPaths, extractStream, type ExtractItem } from './pipeline.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-pipeline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const engine = createEngine();

describe('extractPaths', () => {
  it('extracts in batches but yields every item in input order, read errors and refusals in their places', async () => {
    const n = EXTRACT_BATCH + 50; // crosses a batch boundary
    const lines = Array.from({ length: n }, (_, i) => JSON.stringify({ id: `a${i + 1}`, date: '2024-04-01', text: `Gunmen attacked a checkpoint in Kano on Sunday, killing ${i + 2} police officers.` }));
    lines[4] = '{"id": "a5", "text": '; // line 5: broken JSON
    lines[59] = JSON.stringify({ id: 'a60', date: '2024-04-01', lang: 'fr', text: 'Des hommes armés ont attaqué un poste.' }); // refused
    lines[EXTRACT_BATCH + 19] = JSON.stringify({ id: 'no-text' }); // in the second batch
    const file = join(dir, 'wire.jsonl');
    writeFileSync(file, lines.join('\n') + '\n');

    const items: ExtractItem[] = [];
    for await (const item of extractPaths([file], engine)) items.push(item);

    expect(items).toHaveLength(n);
    const bad = items.flatMap((it, i) => (it.ok ? [] : [i + 1]));
    expect(bad).toEqual([5, 60, EXTRACT_BATCH + 20]);
    expect(items[4]).toMatchObject({ ok: false, error: { line: 5 } });
    expect(items[59]).toMatchObject({ ok: false, error: { message: expect.stringMatching(/language "fr" is not supported/) } });
    items.forEach((it, i) => {
      if (!it.ok) return;
      expect(it.extraction.article.id).toBe(`a${i + 1}`);
      expect(it.extraction.events.map((e) => e.fatalities.value)).toEqual([i + 2]);
    });
  });
});

describe('extractStream', () => {
  it('does not hold an article back when its input pauses (a pipe, a feed)', async () => {
    const article = (id: string): ReadItem => ({ ok: true, article: { id, date: '2024-04-01', text: 'Gunmen attacked a checkpoint in Kano on Sunday, killing two police officers.', origin: { path: '-' } } });
    const pause = 40 * EXTRACT_IDLE_MS;
    async function* slowPipe(): AsyncGenerator<ReadItem> {
      yield article('first');
      await new Promise((r) => setTimeout(r, pause));
      yield article('second');
    }
    const t0 = Date.now();
    const seen: Array<[string, number]> = [];
    for await (const item of extractStream(slowPipe(), engine)) if (item.ok) seen.push([item.extraction.article.id, Date.now() - t0]);
    expect(seen.map(([id]) => id)).toEqual(['first', 'second']);
    expect(seen[0]![1]).toBeLessThan(pause); // came out during the pause, not after it
    expect(seen[1]![1]).toBeGreaterThanOrEqual(pause);
  });
});
