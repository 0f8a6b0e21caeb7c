/**
 * Golden files for the whole pipeline: each `test/golden/<case>/` holds an article (our own words,
 * see its SOURCE.md) and `expected.events.json`, the exact events expected from it, reviewed by hand.
 * `UPDATE_GOLDEN=1 npx vitest run test/golden` (re)writes the expectations; review the JSON diff.
 * A case with no expectations file fails until they are written and reviewed.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine, extractPaths } from '../../src/app/pipeline.ts';
import { flattenEvent } from '../../src/extract/flat.ts';

const root = new URL('.', import.meta.url).pathname;
const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const engine = createEngine();

/** Normalised, stable output: flat fields plus each field's quoted evidence. */
async function run(dir: string) {
  const inputs = readdirSync(dir).filter((f) => /^article\./.test(f)).map((f) => join(dir, f));
  const out = [];
  for await (const item of extractPaths(inputs, engine)) {
    if (!item.ok) throw new Error(`${item.error.path}: ${item.error.message}`);
    const { article, events, framing } = item.extraction;
    const quote = (s: { start: number; end: number } | null) => (s ? article.text.slice(s.start, s.end) : null);
    out.push({
      id: article.id,
      events: events.map((e) => ({
        ...flattenEvent(e),
        evidence: {
          date: quote(e.date.span), type: quote(e.subEventType.span), actor1: quote(e.actor1?.span ?? null), actor2: quote(e.actor2?.span ?? null),
          place: quote(e.place?.span ?? null), weapon: quote(e.weapon?.span ?? null), fatalities: quote(e.fatalities.span), injured: quote(e.injured.span),
        },
      })),
      framing: framing.map((f) => `${quote(f.span)} (${f.category})`),
    });
  }
  return out;
}

describe('golden files', () => {
  for (const name of cases) {
    it(name, async () => {
      const dir = join(root, name);
      const actual = await run(dir);
      const file = join(dir, 'expected.events.json');
      if (process.env.UPDATE_GOLDEN) writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
      // A case without reviewed expectations fails: writing them here would make its first run pass unreviewed.
      if (!existsSync(file)) throw new Error(`${file} is missing: write it with UPDATE_GOLDEN=1, review every event by hand, commit it`);
      expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});
