import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText, markupToText } from './html-text.ts';
import { parseHtml } from './html.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../test/fixtures/read/${name}`, import.meta.url), 'utf8');

describe('parseHtml', () => {
  it('extracts the article without boilerplate, with meta title/date/url/source', () => {
    const r = parseHtml('pages/page.html', fixture('page.html'));
    if (!r.ok) throw new Error(r.error.message);
    const { text, ...rest } = r.article;
    expect(rest).toEqual({
      id: 'page',
      date: '2024-05-17',
      title: 'Clashes reported near Orlin as ceasefire frays',
      url: 'https://meridian.example/world/orlin-clashes',
      source: 'The Meridian Post',
      lang: 'en',
      origin: { path: 'pages/page.html' },
    });
    const paras = text.split('\n\n');
    expect(paras).toHaveLength(3);
    expect(paras[0]).toMatch(/^Heavy fighting broke out on Thursday .* ended before dawn\.$/);
    expect(paras[2]).toMatch(/preparing to leave their homes\.$/);
    for (const junk of ['Subscribe', 'Home', 'Copyright', 'Cookie']) expect(text).not.toContain(junk);
  });

  const page = (head: string, body = '<p>Fighting was reported in Orlin on Monday.</p>'): string =>
    `<html><head>${head}</head><body>${body}</body></html>`;

  it.each([
    ['<meta name="date" content="2024-02-03">', '2024-02-03'],
    ['<meta name="pubdate" content="20240203">', '2024-02-03'],
    ['<meta name="DC.date" content="2024-02-03T10:00:00Z">', '2024-02-03'],
    ['<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-02-03T01:00:00+05:00"}]}</script>', '2024-02-03'],
    ['<script type="application/ld+json">{not json</script>', null],
    ['', null],
  ])('date from %s', (head, date) => {
    const r = parseHtml('p.html', page(head));
    expect(r.ok && r.article.date).toBe(date);
  });

  it('uses <time datetime>, canonical link and <title> as fallbacks', () => {
    const html = page('<title>Short title</title><link rel="canonical" href="https://x.example/a">',
      '<p>Shelling hit Tessa.</p><time datetime="2023-11-30T22:00">30 Nov</time>');
    const r = parseHtml('p.html', html);
    expect(r.ok && [r.article.date, r.article.url, r.article.title]).toEqual(['2023-11-30', 'https://x.example/a', 'Short title']);
    expect(r.ok && r.article.text).toContain('Shelling hit Tessa.');
  });

  it('errors when there is no text at all', () => {
    expect(parseHtml('e.html', page('<title>T</title>', '<nav>Home</nav><script>x()</script>'))).toEqual({
      ok: false,
      error: { path: 'e.html', message: 'empty text' },
    });
  });
});

describe('htmlToText / markupToText', () => {
  it.each([
    ['<p>One  <b>two</b>\n three</p><p>Four</p>', 'One two three\n\nFour'],
    ['<div>Line<br>next</div><ul><li>a</li><li>b</li></ul>', 'Line\nnext\n\na\n\nb'],
    ['<p>A &amp; B&nbsp;C</p><script>alert(1)</script><style>p{}</style>', 'A & B C'],
  ])('htmlToText(%j)', (html, text) => expect(htmlToText(html)).toBe(text));

  it('keeps line breaks of plain text and decodes entities', () => {
    expect(markupToText('  First para.\n\nSecond &amp; last.  ')).toBe('First para.\n\nSecond & last.');
  });
});
