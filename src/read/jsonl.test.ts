import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseJson } from './json.ts';
import { parseJsonl, readJsonlStream } from './jsonl.ts';
import type { ReadItem } from './types.ts';

const good = (id: string, extra = ''): string => `{"id":"${id}","date":"2024-04-02","text":"Text ${id}."${extra}}`;

describe('parseJsonl', () => {
  it('reads good lines, skips blank ones, reports bad ones with line numbers', () => {
    const src = [good('a'), '', '{"id":"b",', good('c'), '  '].join('\n');
    const items = [...parseJsonl('f.jsonl', src)];
    expect(items.map((i) => (i.ok ? i.article.id : i.error.line))).toEqual(['a', 3, 'c']);
    const bad = items[1];
    expect(!bad.ok && bad.error.message).toMatch(/^line 3: invalid JSON \(.+\)$/);
    expect(items[2].ok && items[2].article.origin).toEqual({ path: 'f.jsonl', line: 4 });
  });

  it.each([
    ['{"date":"2024-04-02","text":"t"}', 'missing "id"'],
    ['{"id":" ","text":"t"}', 'empty "id"'],
    ['{"id":"x","date":"2024-04-02"}', 'missing "text"'],
    ['{"id":"x","text":" \\u200b "}', 'empty text'],
    ['{"id":"x","text":7}', '"text" must be a string'],
    ['{"id":"x","text":"t","date":"2024-13-01"}', 'date "2024-13-01" is not a valid YYYY-MM-DD date'],
    ['{"id":"x","text":"t","date":"yesterday"}', 'date "yesterday" is not a valid YYYY-MM-DD date'],
    ['{"id":"x","text":"t","title":["a"]}', '"title" must be a string'],
    ['[1,2]', 'not a JSON object'],
  ])('%s → %s', (line, message) => {
    expect([...parseJsonl('f.jsonl', line)]).toEqual([{ ok: false, error: { path: 'f.jsonl', line: 1, message: `line 1: ${message}`, raw: line } }]);
  });

  it('maps fields, numeric ids, timestamps and normalises text', () => {
    const line = '{"id":42,"date":"2024-04-05T23:10:00-05:00","text":"A\\r\\nB\\u00a0C","title":" T ","url":"u","source":"S","lang":"en"}';
    expect([...parseJsonl('f.jsonl', line)]).toEqual([
      {
        ok: true,
        article: { id: '42', date: '2024-04-05', text: 'A\nB C', title: 'T', url: 'u', source: 'S', lang: 'en', origin: { path: 'f.jsonl', line: 1 } },
      },
    ]);
  });

  it('streams from a readable with the same results (CRLF, BOM)', async () => {
    const items: ReadItem[] = [];
    const stream = Readable.from(['\uFEFF' + good('a') + '\r\n\r\n{bad', '\r\n' + good('b') + '\n']);
    for await (const i of readJsonlStream('s', stream)) items.push(i);
    expect(items.map((i) => (i.ok ? `${i.article.id}@${i.article.origin.line}` : `err@${i.error.line}`))).toEqual([
      'a@1', 'err@3', 'b@4',
    ]);
  });
});

describe('parseJson', () => {
  it('reads an array, reporting bad items by index', () => {
    const items = [...parseJson('f.json', `[${good('a')}, {"id":"b"}, ${good('c')}]`)];
    expect(items.map((i) => (i.ok ? i.article.id : i.error.message))).toEqual(['a', 'item 2: missing "text"', 'c']);
  });

  it('reads a single object', () => {
    const items = [...parseJson('f.json', good('solo'))];
    expect(items).toEqual([{ ok: true, article: { id: 'solo', date: '2024-04-02', text: 'Text solo.', origin: { path: 'f.json' } } }]);
  });

  it('reports invalid JSON once', () => {
    const items = [...parseJson('f.json', '[{')];
    expect(items).toHaveLength(1);
    expect(!items[0].ok && items[0].error.message).toMatch(/^invalid JSON \(/);
  });
});
