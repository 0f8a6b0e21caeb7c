import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeFeed, parseFeed } from './feed.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../test/fixtures/read/${name}`, import.meta.url), 'utf8');

describe('parseFeed', () => {
  it('reads RSS 2.0 items', () => {
    expect([...parseFeed('f.rss', fixture('feed.rss'))]).toEqual([
      {
        ok: true,
        article: {
          id: 'fd-1001',
          date: '2024-06-10',
          text: 'Artillery fire damaged the main bridge at Dovan on Monday, cutting the road south.\n\nNo casualties were reported & repairs have begun.',
          title: 'Artillery fire hits Dovan bridge',
          url: 'https://frontline.example/news/dovan-bridge',
          source: 'Frontline Digest',
          lang: 'en',
          origin: { path: 'f.rss' },
        },
      },
      {
        ok: true,
        article: {
          id: 'https://frontline.example/news/kessa-talks',
          date: '2024-06-11',
          text: 'Delegations from both sides met again in Kessa to discuss a prisoner exchange.',
          title: 'Talks resume in Kessa',
          url: 'https://frontline.example/news/kessa-talks',
          source: 'Frontline Digest',
          lang: 'en',
          origin: { path: 'f.rss' },
        },
      },
    ]);
  });

  it('reads Atom entries (published preferred over updated, summary as fallback)', () => {
    expect([...parseFeed('f.atom', fixture('feed.atom'))]).toEqual([
      {
        ok: true,
        article: {
          id: 'urn:uuid:cm-entry-1',
          date: '2024-07-01',
          text: 'A roadside bomb struck a police vehicle near Pellan, injuring two officers.',
          title: 'Roadside bomb near Pellan',
          url: 'https://monitor.example/updates/pellan',
          source: 'Conflict Monitor Updates',
          origin: { path: 'f.atom' },
        },
      },
      {
        ok: true,
        article: {
          id: 'urn:uuid:cm-entry-2',
          date: '2024-07-02',
          text: 'Authorities lifted the overnight curfew in Varos after a week without incidents.',
          title: 'Curfew lifted in Varos',
          url: 'https://monitor.example/updates/varos',
          source: 'Conflict Monitor Updates',
          origin: { path: 'f.atom' },
        },
      },
    ]);
  });

  it('falls back to path#N ids, numeric-looking guids stay strings, empty items are errors', () => {
    const xml = `<rss><channel><title>T</title>
      <item><description>Gunfire in Corin.</description></item>
      <item><guid>00123</guid><description>Troops left Sarn.</description></item>
      <item><title>Nothing</title></item></channel></rss>`;
    const items = [...parseFeed('x.xml', xml)];
    expect(items.map((i) => (i.ok ? [i.article.id, i.article.date, i.article.text] : i.error.message))).toEqual([
      ['x.xml#1', null, 'Gunfire in Corin.'],
      ['00123', null, 'Troops left Sarn.'],
      'item 3: empty text',
    ]);
  });

  it('rejects XML that is not a feed', () => {
    expect([...parseFeed('x.xml', '<?xml version="1.0"?><note>hi</note>')]).toEqual([
      { ok: false, error: { path: 'x.xml', message: 'not an RSS or Atom feed (no <rss><channel> or <feed> root)' } },
    ]);
  });

  it.each([
    ['<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0">', true],
    ['<feed xmlns="http://www.w3.org/2005/Atom">', true],
    ['<!DOCTYPE html><html>', false],
    ['<feedback>', false],
  ])('looksLikeFeed(%j) = %j', (s, yes) => expect(looksLikeFeed(s)).toBe(yes));
});
