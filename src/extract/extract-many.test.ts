/**
 * `extractMany` runs the extractor phase by phase across a batch: it must give exactly what
 * `extract` gives article by article, and one article's failure must stay its own.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../core/types.ts';
import { createGeocoder } from '../geocode/geocoder.ts';
import { readArticles } from '../read/index.ts';
import { createExtractor } from './extractor.ts';

const geocoder = createGeocoder();
const extractor = createExtractor({ geocoder });

/** Every golden article and bundled example: varied theatres, several events each, background, framing. */
async function corpus(): Promise<Article[]> {
  const root = new URL('../../', import.meta.url).pathname;
  const golden = join(root, 'test/golden');
  const paths = [
    ...readdirSync(golden, { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((d) => readdirSync(join(golden, d.name)).filter((f) => f.startsWith('article.')).map((f) => join(golden, d.name, f))),
    join(root, 'examples/articles'),
  ];
  const out: Article[] = [];
  for await (const item of readArticles(paths)) if (item.ok) out.push(item.article);
  return out;
}

describe('extractMany', () => {
  it('gives, for a batch, exactly the extractions extract() gives one article at a time', async () => {
    const articles = await corpus();
    expect(articles.length).toBeGreaterThan(15);
    const one = articles.map((a) => extractor.extract(a));
    expect(one.reduce((n, x) => n + x.events.length, 0)).toBeGreaterThan(20);
    expect(extractor.extractMany(articles)).toEqual(one);
    // In another order and cut differently, still each article's own.
    const reversed = [...articles].reverse();
    expect(extractor.extractMany(reversed)).toEqual([...one].reverse());
  });

  it('returns an Error in the place of an article that fails, in any phase, and goes on with the others', () => {
    const boom = 'Rebels attacked an army post near BOOMTOWN on Monday, killing two soldiers.';
    const findMentions: typeof geocoder.findMentions = (text) => {
      if (text.includes('BOOMTOWN')) throw new Error('gazetteer exploded'); // fails after segmentation, in the places phase
      return geocoder.findMentions(text);
    };
    const failing = createExtractor({ geocoder: { ...geocoder, findMentions } });
    const a = (id: string, text: string): Article => ({ id, date: '2024-04-01', text, origin: { path: `${id}.txt` } });
    const good1 = a('g1', 'Russian drones struck Kharkiv on Sunday, killing three people, the governor said.');
    const good2 = a('g2', 'Police fired tear gas at protesters in Nairobi on Tuesday.');
    const broken = { ...a('b', ''), text: undefined } as unknown as Article; // fails in segmentation
    const out = failing.extractMany([good1, a('boom', boom), broken, good2]);
    expect(out[0]).toEqual(extractor.extract(good1));
    expect(out[1]).toBeInstanceOf(Error);
    expect((out[1] as Error).message).toBe('gazetteer exploded');
    expect(out[2]).toBeInstanceOf(Error);
    expect(out[3]).toEqual(extractor.extract(good2));
  });
});
