import { XMLParser } from 'fast-xml-parser';
import type { Article } from '../core/types.ts';
import { looseDay } from './date.ts';
import { markupToText } from './html-text.ts';
import { normaliseLine } from './normalise.ts';
import { fail, type ReadItem } from './types.ts';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
});

/** True when the content looks like an RSS or Atom feed (`<rss` / `<feed` root). */
export function looksLikeFeed(content: string): boolean {
  const head = content.slice(0, 4096).replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, '');
  return /^\s*<(rss|feed)[\s>]/.test(head);
}

/** Text of an element value: a string, or an object with attributes and `#text`. */
function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') {
    const o = v as Node;
    if ('#text' in o) return str(o['#text']);
    // Atom type="xhtml" content arrives as a parsed element tree: gather its text.
    return Object.entries(o)
      .filter(([k]) => !k.startsWith('@_'))
      .map(([, c]) => (Array.isArray(c) ? c.map(str).join(' ') : str(c)))
      .join(' ');
  }
  return undefined;
}

/** Link of an item: RSS `<link>` text, or Atom `<link rel="alternate" href>`. */
function linkOf(item: Node): string | undefined {
  const links = (item.link as unknown[] | undefined) ?? [];
  for (const l of links) if (typeof l === 'string' && l.trim()) return l.trim();
  const objs = links.filter((l): l is Node => !!l && typeof l === 'object');
  const alt = objs.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? objs[0];
  return (alt?.['@_href'] as string | undefined) ?? str(alt);
}

function first(item: Node, keys: string[]): string | undefined {
  for (const k of keys) {
    const v = str(item[k])?.trim();
    if (v) return v;
  }
  return undefined;
}

/**
 * Parse an RSS 2.0 or Atom feed: one article per `<item>` / `<entry>`. id = guid/id, else
 * link, else `path#N` (1-based); text = content:encoded/description/content/summary with
 * HTML stripped; source = channel/feed title.
 */
export function* parseFeed(path: string, xml: string): Generator<ReadItem> {
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (e) {
    yield fail(path, `invalid XML (${(e as Error).message})`);
    return;
  }
  const rss = doc.rss as Node | undefined;
  const channel = rss?.channel as Node | undefined;
  const feed = (doc.feed as Node | undefined) ?? channel;
  if (!feed || typeof feed !== 'object') {
    yield fail(path, 'not an RSS or Atom feed (no <rss><channel> or <feed> root)');
    return;
  }
  const items = ((channel ? channel.item : feed.entry) ?? []) as Node[];
  const source = first(feed, ['title']);
  const feedLang = first(feed, ['language', '@_xml:lang']);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const label = `item ${i + 1}`;
    const body = first(item, ['content:encoded', 'content', 'description', 'summary']);
    const text = body ? markupToText(body) : '';
    if (text === '') {
      yield fail(path, `${label}: empty text`);
      continue;
    }
    const url = linkOf(item);
    const guid = first(item, ['guid', 'id']);
    const date = looseDay(first(item, ['pubDate', 'published', 'dc:date', 'updated']));
    const article: Article = { id: guid ?? url ?? `${path}#${i + 1}`, date, text, origin: { path } };
    const title = first(item, ['title']);
    if (title) article.title = normaliseLine(markupToText(title));
    if (url) article.url = url;
    else if (guid && /^https?:\/\//.test(guid)) article.url = guid;
    if (source) article.source = normaliseLine(markupToText(source));
    const lang = first(item, ['@_xml:lang']) ?? feedLang;
    if (lang) article.lang = lang;
    yield { ok: true, article };
  }
}
