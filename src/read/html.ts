import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../core/types.ts';
import { looseDay } from './date.ts';
import { nodeToText } from './html-text.ts';
import { normaliseLine } from './normalise.ts';
import { idFromPath } from './text.ts';
import { fail, type ReadItem } from './types.ts';

type Doc = ReturnType<typeof parseHTML>['document'];

/** Meta keys (name/property/itemprop, lower-cased) for the publication date, best first. */
const DATE_KEYS = [
  'article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'publishdate',
  'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.issued', 'sailthru.date',
];
/** Never article text: removed before Readability runs. */
const CHROME = 'nav, footer, aside, form, [role="navigation"], [role="contentinfo"]';
/** Also removed before the body-text fallback. */
const BOILERPLATE = `${CHROME}, header, script, style, noscript`;

/** Map of lower-cased meta name/property/itemprop → content (first occurrence wins). */
function metaMap(doc: Doc): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of doc.querySelectorAll('meta')) {
    const key = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop');
    const content = el.getAttribute('content');
    if (key && content && !map.has(key.toLowerCase())) map.set(key.toLowerCase(), content.trim());
  }
  return map;
}

/** First string value of `key` anywhere inside parsed JSON-LD. */
function findKey(data: unknown, key: string): string | undefined {
  if (Array.isArray(data)) {
    for (const d of data) {
      const v = findKey(d, key);
      if (v) return v;
    }
  } else if (data && typeof data === 'object') {
    const o = data as Record<string, unknown>;
    if (typeof o[key] === 'string') return o[key] as string;
    for (const v of Object.values(o)) {
      const found = typeof v === 'object' ? findKey(v, key) : undefined;
      if (found) return found;
    }
  }
  return undefined;
}

function jsonLd(doc: Doc, key: string): string | undefined {
  for (const el of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const v = findKey(JSON.parse(el.textContent ?? ''), key);
      if (v) return v;
    } catch {
      // malformed JSON-LD is common on the web; ignore it
    }
  }
  return undefined;
}

function publishedDate(doc: Doc, meta: Map<string, string>): string | null {
  for (const k of DATE_KEYS) {
    const d = looseDay(meta.get(k));
    if (d) return d;
  }
  const ld = looseDay(jsonLd(doc, 'datePublished'));
  if (ld) return ld;
  const time = doc.querySelector('time[pubdate][datetime]') ?? doc.querySelector('time[datetime]');
  return looseDay(time?.getAttribute('datetime'));
}

/**
 * Parse an HTML page: main text via Readability (falling back to the body minus nav/header/
 * footer/aside), paragraphs separated by blank lines; title, date, url, source and lang from
 * meta tags, JSON-LD and `<time datetime>`. id = file name without extension.
 */
export function parseHtml(path: string, html: string): ReadItem {
  const { document } = parseHTML(html);
  const meta = metaMap(document);
  const date = publishedDate(document, meta);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const url = meta.get('og:url') ?? canonical ?? undefined;
  const source = meta.get('og:site_name');
  const lang = document.documentElement?.getAttribute('lang') ?? undefined;
  const docTitle = document.querySelector('title')?.textContent ?? undefined;
  const title = meta.get('og:title') ?? jsonLd(document, 'headline') ?? docTitle;

  let text = '';
  try {
    const clone = parseHTML(html).document;
    for (const el of clone.querySelectorAll(CHROME)) el.remove();
    const art = new Readability<Node>(clone as unknown as Document, {
      serializer: (n: Node) => n,
    }).parse();
    if (art?.content) text = nodeToText(art.content as never);
  } catch {
    // Readability can choke on odd markup; the body fallback below still applies
  }
  if (text === '' && document.body) {
    for (const el of document.body.querySelectorAll(BOILERPLATE)) el.remove();
    text = nodeToText(document.body as never);
  }
  if (text === '') return fail(path, 'empty text');

  const article: Article = { id: idFromPath(path), date, text, origin: { path } };
  const extras = { title, url, source, lang };
  for (const [k, v] of Object.entries(extras) as [keyof typeof extras, string | undefined][]) {
    const s = v === undefined ? '' : normaliseLine(v);
    if (s !== '') article[k] = s;
  }
  return { ok: true, article };
}
