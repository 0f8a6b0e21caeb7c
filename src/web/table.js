// The event table: one server-side page at a time, rows open the event panel.
import { typeClass } from './colors.js';
import { clear, el } from './dom.js';

export const PAGE_SIZE = 50;

/**
 * Create the table in `container`.
 * @param {HTMLElement} container
 * @param {{ onSelect: (id: string) => void, onPage: (offset: number) => void }} handlers
 */
export function createTable(container, handlers) {
  const body = el('tbody');
  const info = el('span', { class: 'page-info' });
  const prev = el('button', { type: 'button', text: '‹ Prev', onclick: () => handlers.onPage(Math.max(0, offset - PAGE_SIZE)) });
  const next = el('button', { type: 'button', text: 'Next ›', onclick: () => handlers.onPage(offset + PAGE_SIZE) });
  const head = el('tr', {}, ...['Date', 'Type', 'Actors', 'Location', 'Killed', 'Src'].map((h) => el('th', { scope: 'col', text: h })));
  container.append(el('table', { class: 'events' }, el('thead', {}, head), body), el('div', { class: 'pager' }, prev, info, next));
  let offset = 0;
  /** @type {string|null} */
  let selected = null;

  const mark = () => {
    for (const tr of body.querySelectorAll('tr')) tr.classList.toggle('selected', tr.dataset.id === selected);
  };

  return {
    /** Show one page. @param {{ total: number, offset: number, events: any[] }} page */
    render(page) {
      offset = page.offset;
      clear(body);
      for (const e of page.events) {
        const actors = [e.actor1, e.actor2].filter(Boolean).join(' vs ');
        const place = [e.location, e.country].filter(Boolean).join(', ');
        const tr = el('tr', { tabindex: 0, dataset: { id: e.id }, onclick: () => handlers.onSelect(e.id), onkeydown: (/** @type {KeyboardEvent} */ k) => { if (k.key === 'Enter') handlers.onSelect(e.id); } },
          el('td', { text: e.date ?? '—' }),
          el('td', {}, el('span', { class: `swatch ${typeClass(e.event_type)}` }), e.sub_event_type),
          el('td', { text: actors || '—' }),
          el('td', { text: place || '—' }),
          el('td', { class: 'num', text: e.fatalities ?? '—' }),
          el('td', { class: 'num', text: e.sources.length }),
        );
        body.appendChild(tr);
      }
      if (!page.events.length) body.appendChild(el('tr', {}, el('td', { colspan: 6, class: 'empty', text: 'No events match these filters.' })));
      const end = page.offset + page.events.length;
      info.textContent = page.total ? `${page.offset + 1}–${end} of ${page.total.toLocaleString('en')}` : '0 events';
      prev.toggleAttribute('disabled', page.offset === 0);
      next.toggleAttribute('disabled', end >= page.total);
      mark();
    },
    /** Highlight the selected event's row. @param {string|null} id */
    select(id) { selected = id; mark(); },
  };
}
