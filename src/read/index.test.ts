import { isAbsolute, relative } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readArticles, type ReadItem, type ReadOptions } from './index.ts';

const DIR = fileURLToPath(new URL('../../test/fixtures/read/', import.meta.url));
const fx = (name: string): string => DIR + name;

async function collect(paths: string[], opts?: ReadOptions): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readArticles(paths, opts)) out.push(item);
  return out;
}

/** Compact view: `id|date|path[:line]` for articles, `ERR path[:line] message` for errors. */
function summary(items: ReadItem[]): string[] {
  return items.map((i) => {
    const where = (p: string, l?: number): string => (isAbsolute(p) ? relative(DIR, p) : p) + (l ? `:${l}` : '');
    return i.ok
      ? `${i.article.id}|${i.article.date}|${where(i.article.origin.path, i.article.origin.line)}`
      : `ERR ${where(i.error.path, i.error.line)} ${i.error.message}`;
  });
}

describe('readArticles', () => {
  it('reads each fixture format and keeps going after errors', async () => {
    const items = await collect(
      ['dated.txt', 'plain.txt', 'missing.txt', 'articles.jsonl', 'page.html', 'feed.rss', 'feed.atom'].map(fx),
      { date: '2024-01-31' },
    );
    expect(summary(items)).toEqual([
      'dated|2024-03-05|dated.txt',
      'plain|2024-01-31|plain.txt',
      'ERR missing.txt cannot read: no such file or directory',
      'a1|2024-04-02|articles.jsonl:1',
      expect.stringMatching(/^ERR articles\.jsonl:3 line 3: invalid JSON \(.+\)$/),
      'ERR articles.jsonl:4 line 4: missing "text"',
      'a4|2024-04-05|articles.jsonl:5',
      'page|2024-05-17|page.html',
      'fd-1001|2024-06-10|feed.rss',
      'https://frontline.example/news/kessa-talks|2024-06-11|feed.rss',
      'urn:uuid:cm-entry-1|2024-07-01|feed.atom',
      'urn:uuid:cm-entry-2|2024-07-02|feed.atom',
    ]);
    const dated = items[0].ok ? items[0].article.text : '';
    expect(dated).toBe(
      'Shelling hit the market district of Varenko on Tuesday morning, killing three civilians, the regional governor said.\nTwo more people were wounded.\n',
    );
  });

  it('walks a directory in sorted order, skipping hidden and unknown files', async () => {
    expect(summary(await collect([fx('walk')]))).toEqual([
      'w1|2024-01-10|walk/a.jsonl:1',
      'b|2024-01-09|walk/b.txt',
      'a|null|walk/sub/a.md',
    ]);
  });

  const stdinCases: [string, string[], string[]][] = [
    ['JSONL', ['{"id":"s1","date":"2024-02-0', '1","text":"Gunfire in Corin."}\n', '\n{oops\n'], ['s1|2024-02-01|in:1', expect.stringMatching(/^ERR in:3 line 3: invalid JSON/) as unknown as string]],
    ['dated text', ['\n', 'date 2024-02-02\nTroops left Sarn.'], ['in|2024-02-02|in']],
    ['plain text', ['Troops left Sarn.'], ['in|2024-09-09|in']],
    ['HTML', ['  <html><body><p>Shelling hit Tessa.</p></body></html>'], ['in|null|in']],
    ['RSS', ['<?xml version="1.0"?><rss><channel><item><guid>g</guid>', '<description>Bridge hit.</description></item></channel></rss>'], ['g|null|in']],
    ['nothing', ['  \n'], ['ERR in empty text']],
  ];
  it.each(stdinCases)('reads %s from stdin ("-")', async (_, chunks, expected) => {
    const items = await collect(['-'], { stdin: Readable.from(chunks), stdinName: 'in', date: '2024-09-09' });
    expect(summary(items)).toEqual(expected);
  });

  it('decodes multi-byte characters split across Buffer chunks on stdin', async () => {
    const bytes = Buffer.from('Shelling hit Kyiv\u2019s outskirts.');
    const stdin = Readable.from([bytes.subarray(0, 18), bytes.subarray(18)]);
    const [item] = await collect(['-'], { stdin });
    expect(item.ok && [item.article.id, item.article.text]).toEqual(['stdin', 'Shelling hit Kyiv\u2019s outskirts.']);
  });

  it('sniffs files with unknown extensions given explicitly', async () => {
    expect(summary(await collect([fx('walk/notes.csv')]))).toEqual(['notes|null|walk/notes.csv']);
  });

  it('rejects an invalid default date', async () => {
    await expect(collect([], { date: '2024-02-30' })).rejects.toThrow('date "2024-02-30" is not a valid YYYY-MM-DD date');
  });
});
