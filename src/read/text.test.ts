import { describe, expect, it } from 'vitest';
import { idFromPath, parseDatedText } from './text.ts';

describe('parseDatedText', () => {
  it.each([
    ['dated', 'date 2024-03-05\n\nShelling hit Varenko.\n', '2024-03-05', 'Shelling hit Varenko.\n'],
    ['dated, text on the same line', ' date 2024-03-05 Shelling hit Varenko.', '2024-03-05', 'Shelling hit Varenko.'],
    ['BOM, CRLF, leading blank lines', '\uFEFF \r\n\r\ndate 2024-03-05\r\nA\r\nB', '2024-03-05', 'A\nB'],
    ['colon, upper case', 'Date: 2024-03-05\nText', '2024-03-05', 'Text'],
    ['plain, default date', '\n  Fighters ambushed a convoy.', '2020-01-01', 'Fighters ambushed a convoy.'],
    ['"date" inside a sentence is text', 'date palms burned in Tessa', '2020-01-01', 'date palms burned in Tessa'],
  ])('%s', (_, content, date, text) => {
    const r = parseDatedText('in/x/story.txt', content, '2020-01-01');
    expect(r).toEqual({ ok: true, article: { id: 'story', date, text, origin: { path: 'in/x/story.txt' } } });
  });

  it('plain text without a default date has date null', () => {
    const r = parseDatedText('a.md', 'Gunfire in Corin.');
    expect(r.ok && r.article.date).toBe(null);
  });

  it.each([
    ['date 2024-13-01\nText', 'date "2024-13-01" is not a valid YYYY-MM-DD date'],
    ['date 2024-03-05\n \n', 'empty text'],
    ['  \n\u200B', 'empty text'],
  ])('error for %j', (content, message) => {
    expect(parseDatedText('b.txt', content)).toEqual({ ok: false, error: { path: 'b.txt', message } });
  });

  it.each([
    ['dir/a.b.txt', 'a.b'],
    ['stdin', 'stdin'],
    ['.txt', '.txt'],
  ])('idFromPath(%j) = %j', (p, id) => expect(idFromPath(p)).toBe(id));
});
