// The timeline: stacked bars of events per day by type (from /api/stats), with a brush.
// Dragging selects a date range; a click without dragging clears it.
import { colorOf } from './colors.js';
import { clear, svg } from './dom.js';

const DAY = 86400000;
const H = 110, PAD_L = 34, PAD_B = 18;
const toDay = (/** @type {string} */ d) => Date.parse(`${d}T00:00:00Z`) / DAY;
const fromDay = (/** @type {number} */ n) => new Date(n * DAY).toISOString().slice(0, 10);

/**
 * Create the timeline in `container`.
 * @param {HTMLElement} container
 * @param {(range: {since: string, until: string} | null) => void} onBrush
 */
export function createTimeline(container, onBrush) {
  /** @type {{ lo: number, hi: number, width: number } | null} */
  let scale = null;
  /** @type {SVGRectElement|null} */
  let brushRect = null;
  /** @type {{since: string, until: string} | null} */
  let range = null;

  const xOf = (/** @type {number} */ day) => PAD_L + ((day - scale.lo) / (scale.hi - scale.lo)) * (scale.width - PAD_L - 4);
  const dayAt = (/** @type {number} */ x) => Math.floor(scale.lo + ((x - PAD_L) / (scale.width - PAD_L - 4)) * (scale.hi - scale.lo));
  const drawBrush = (/** @type {number} */ x0, /** @type {number} */ x1) => {
    if (!brushRect) return;
    brushRect.setAttribute('x', String(Math.min(x0, x1)));
    brushRect.setAttribute('width', String(Math.abs(x1 - x0)));
  };

  /** @type {{date: string, type: string, count: number}[]} */
  let last = [];
  let lastWidth = 0;
  new ResizeObserver(() => { if (container.clientWidth !== lastWidth) render(last); }).observe(container);

  /** Render `byDayType` rows. @param {{date: string, type: string, count: number}[]} rows */
  function render(rows) {
    last = rows;
    clear(container);
    lastWidth = container.clientWidth;
    const width = Math.max(300, lastWidth || 800);
    const root = svg('svg', { width, height: H, class: 'timeline-svg', role: 'img', 'aria-label': 'Events per day by type; drag to select dates' });
    container.appendChild(root);
    if (!rows.length) { scale = null; return; }
    const days = rows.map((r) => toDay(r.date));
    scale = { lo: Math.min(...days), hi: Math.max(...days) + 1, width };
    /** @type {Map<string, number>} */ const totals = new Map();
    for (const r of rows) totals.set(r.date, (totals.get(r.date) ?? 0) + r.count);
    const max = Math.max(...totals.values());
    const plotH = H - PAD_B - 6;
    const bw = Math.max(1, xOf(scale.lo + 1) - xOf(scale.lo) - 1);
    /** @type {Map<string, number>} */ const stacked = new Map();
    for (const r of rows) {
      const below = stacked.get(r.date) ?? 0;
      const h = (r.count / max) * plotH, y0 = (below / max) * plotH;
      stacked.set(r.date, below + r.count);
      const rect = svg('rect', { x: xOf(toDay(r.date)), y: H - PAD_B - y0 - h, width: bw, height: Math.max(1, h), fill: colorOf(r.type), class: 'bar', 'data-date': r.date, 'data-type': r.type });
      rect.appendChild(svg('title')).textContent = `${r.date}: ${r.count} ${r.type}`;
      root.appendChild(rect);
    }
    const axis = (/** @type {number} */ day, /** @type {string} */ anchor) => {
      const t = svg('text', { x: xOf(day), y: H - 4, 'text-anchor': anchor, class: 'axis' });
      t.textContent = fromDay(day);
      root.appendChild(t);
    };
    axis(scale.lo, 'start');
    axis(scale.hi - 1, 'end');
    const yl = svg('text', { x: 2, y: 12, class: 'axis' });
    yl.textContent = String(max);
    root.appendChild(yl);
    brushRect = /** @type {SVGRectElement} */ (svg('rect', { x: 0, y: 0, width: 0, height: H - PAD_B, class: 'brush' }));
    root.appendChild(brushRect);
    if (range) drawBrush(xOf(toDay(range.since)), xOf(toDay(range.until) + 1));

    let start = /** @type {number|null} */ (null);
    const localX = (/** @type {PointerEvent} */ e) => e.clientX - root.getBoundingClientRect().left;
    root.addEventListener('pointerdown', (e) => {
      start = localX(e);
      root.setPointerCapture(e.pointerId);
      drawBrush(start, start);
    });
    root.addEventListener('pointermove', (e) => { if (start !== null) drawBrush(start, localX(e)); });
    root.addEventListener('pointerup', (e) => {
      if (start === null) return;
      const x0 = Math.min(start, localX(e)), x1 = Math.max(start, localX(e));
      start = null;
      if (x1 - x0 < 3) { range = null; drawBrush(0, 0); onBrush(null); return; }
      const lo = Math.max(scale.lo, dayAt(x0)), hi = Math.min(scale.hi - 1, dayAt(x1));
      range = { since: fromDay(lo), until: fromDay(Math.max(lo, hi)) };
      drawBrush(xOf(lo), xOf(Math.max(lo, hi) + 1));
      onBrush(range);
    });
  }

  return {
    render,
    /** Forget the brush (e.g. "clear" button). */
    clearBrush() { range = null; drawBrush(0, 0); },
  };
}
