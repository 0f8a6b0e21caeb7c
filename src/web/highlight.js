// Article text with highlighted spans, built from text nodes only (the text is untrusted).
import { el } from './dom.js';

/**
 * @typedef {{ start: number, end: number, field: string, rule?: string|null }} Evidence
 * @typedef {{ start: number, end: number, term: string, category: string }} Framing
 */

/**
 * Render `text` with evidence spans as `<mark>` (fields in `data-fields`; adjacent pieces
 * with the same fields share one mark), claims (`field` starting "claim") underlined, and
 * framing flags as `<span class="framing">`. Overlaps split into pieces.
 * @param {string} text
 * @param {Evidence[]} spans
 * @param {Framing[]} framing
 * @returns {DocumentFragment}
 */
export function highlightText(text, spans, framing) {
  const n = text.length;
  const clamp = (/** @type {number} */ v) => Math.max(0, Math.min(n, v | 0));
  const all = [...spans.map((s) => ({ ...s, kind: s.field.startsWith('claim') ? 'claim' : 'ev' })), ...framing.map((f) => ({ ...f, field: f.category, kind: 'framing' }))]
    .map((s) => ({ ...s, start: clamp(s.start), end: clamp(s.end) }))
    .filter((s) => s.end > s.start);
  const cuts = [...new Set([0, n, ...all.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  /** @type {{ key: string, node: HTMLElement } | null} */
  let open = null;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i], b = cuts[i + 1];
    const cover = all.filter((s) => s.start <= a && s.end >= b);
    /** @type {Node} */
    let piece = document.createTextNode(text.slice(a, b));
    const fr = cover.filter((s) => s.kind === 'framing');
    if (fr.length) piece = el('span', { class: 'framing', title: `framing: ${fr.map((f) => f.category).join(', ')}` }, piece);
    if (cover.some((s) => s.kind === 'claim')) piece = el('span', { class: 'claim', title: 'claim' }, piece);
    const fields = [...new Set(cover.filter((s) => s.kind === 'ev').map((s) => s.field))];
    const key = fields.join(' ');
    if (!fields.length) {
      open = null;
      frag.appendChild(piece);
    } else if (open && open.key === key) {
      open.node.appendChild(piece);
    } else {
      const node = el('mark', { class: 'ev', title: fields.join(', '), dataset: { fields: key } }, piece);
      open = { key, node };
      frag.appendChild(node);
    }
  }
  return frag;
}
