import { parseHTML } from 'linkedom';
import { normaliseText } from './normalise.ts';

/** Elements whose boundaries start a new paragraph. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TR',
  'UL', 'CAPTION', 'TD', 'TH',
]);
/** Elements whose content is never article text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD', 'TITLE']);

/** Minimal structural view of a DOM node (linkedom's and the browser's both fit). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const LINE_BREAK = '\u0001';

/**
 * Text of a DOM subtree with paragraphs (block elements) separated by a blank line,
 * whitespace inside a paragraph collapsed, and `<br>` kept as a line break.
 */
export function nodeToText(root: DomNode): string {
  const paragraphs: string[] = [];
  let buf = '';
  const flush = (): void => {
    const p = normaliseText(buf)
      .replace(/[^\S\u0001]+/g, ' ')
      .replace(/ ?\u0001 ?/g, '\n')
      .trim();
    if (p !== '') paragraphs.push(p);
    buf = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      buf += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      buf += LINE_BREAK;
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

/** Text of an HTML fragment (e.g. a feed item's description), paragraphs split by blank lines. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  return document.body ? nodeToText(document.body as unknown as DomNode) : '';
}

/**
 * Text of a feed field that may be HTML or plain text. HTML goes through {@link htmlToText};
 * plain text keeps its line breaks (entities decoded via the DOM's `textContent`).
 */
export function markupToText(s: string): string {
  if (/<[a-zA-Z!/]/.test(s)) return htmlToText(s);
  const { document } = parseHTML(`<!DOCTYPE html><html><body><pre>${s}</pre></body></html>`);
  return normaliseText(document.body?.textContent ?? s).trim();
}
