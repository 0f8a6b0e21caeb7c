// DOM helpers. Data is only ever inserted as text (textContent / createTextNode), never as HTML.

/**
 * Create an element. `props`: `class`, `text` (textContent), `on*` listeners, `dataset`,
 * anything else via setAttribute. Children: nodes or strings (as text nodes).
 * @param {string} tag
 * @param {Record<string, any>} [props]
 * @param {...(Node|string|null|undefined|false)} children
 * @returns {HTMLElement}
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = String(v);
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, String(v));
  }
  append(node, children);
  return node;
}

/**
 * Append children (strings become text nodes).
 * @param {Node} node
 * @param {Array<Node|string|null|undefined|false>} children
 */
export function append(node, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** Remove every child of `node`. @param {Node} node */
export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** SVG element with attributes. @param {string} tag @param {Record<string, any>} [attrs] */
export function svg(tag, attrs = {}) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** A link only for http(s) URLs; anything else (javascript:, data:) becomes plain text. @param {string|null} url @param {string} label */
export function safeLink(url, label) {
  try {
    const u = new URL(url ?? '', location.href);
    if (u.protocol === 'http:' || u.protocol === 'https:') return el('a', { href: u.href, target: '_blank', rel: 'noopener noreferrer', text: label });
  } catch { /* not a URL */ }
  return el('span', { text: label });
}

/** Debounce `fn` by `ms`. @template {(...a: any[]) => void} F @param {F} fn @param {number} ms @returns {F} */
export function debounce(fn, ms) {
  let t;
  return /** @type {F} */ ((...a) => {
    clearTimeout(t);
    t = setTimeout(() => fn(...a), ms);
  });
}
