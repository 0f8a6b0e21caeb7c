// The event panel: fields, fatalities range, claims, sources, and the source article with
// this event's evidence highlighted and framing flags shown.
import { getJson } from './api.js';
import { typeClass } from './colors.js';
import { clear, el, safeLink } from './dom.js';
import { highlightText } from './highlight.js';

const FIELDS = [
  ['Date', (/** @type {any} */ e) => e.date && `${e.date} (${e.date_precision})`],
  ['Type', (e) => `${e.event_type} › ${e.sub_event_type}`],
  ['Actor 1', (e) => e.actor1 && `${e.actor1} (${e.actor1_kind})`],
  ['Actor 2', (e) => e.actor2 && `${e.actor2} (${e.actor2_kind})`],
  ['Location', (e) => [e.location, e.admin1, e.country].filter(Boolean).join(', ')],
  ['Coordinates', (e) => e.latitude !== null && `${e.latitude}, ${e.longitude} (precision ${e.geo_precision})`],
  ['Weapon', (e) => e.weapon],
  ['Injured', (e) => e.injured],
  ['Certainty', (e) => e.certainty],
  ['Background', (e) => (e.background ? 'yes (mentioned as context)' : null)],
];

/** @param {HTMLElement} container */
export function createPanel(container) {
  let token = 0;

  /** Show the article of one source, highlighting `eventId`'s evidence. */
  async function showArticle(/** @type {HTMLElement} */ box, /** @type {string} */ articleId, /** @type {string} */ eventId, /** @type {number} */ my) {
    clear(box);
    box.appendChild(el('p', { class: 'muted', text: 'Loading article…' }));
    const a = await getJson(`/api/articles/${encodeURIComponent(articleId)}`);
    if (my !== token) return;
    clear(box);
    const spans = a.spans.filter((/** @type {any} */ s) => s.eventId === eventId);
    const flags = a.framing.map((/** @type {any} */ f) => ({ ...f.span, term: f.term, category: f.category }));
    box.append(
      el('h4', { text: a.article.title ?? articleId }),
      el('p', { class: 'muted' }, [a.article.source, a.article.date].filter(Boolean).join(' · '), ' ', a.article.url ? safeLink(a.article.url, '(open)') : null),
      flags.length ? el('p', { class: 'flags' }, 'Framing: ', ...flags.map((f) => el('span', { class: 'flag', text: `“${f.term}” (${f.category})` }))) : null,
      el('div', { class: 'article-text' }, highlightText(a.article.text, spans, flags)),
    );
  }

  return {
    /** Load and show event `id`. @param {string} id */
    async show(id) {
      const my = ++token;
      clear(container);
      container.hidden = false;
      container.appendChild(el('p', { class: 'muted', text: 'Loading…' }));
      let d;
      try {
        d = await getJson(`/api/events/${encodeURIComponent(id)}`);
      } catch (e) {
        if (my === token) { clear(container); container.appendChild(el('p', { class: 'error', text: String(e) })); }
        return;
      }
      if (my !== token) return;
      clear(container);
      const e = d.event;
      const f = d.fatalities;
      const rows = FIELDS.map(([k, fn]) => [k, /** @type {any} */ (fn)(e)]).filter(([, v]) => v !== null && v !== undefined && v !== '' && v !== false);
      const articleBox = el('div', { class: 'article' });
      container.append(
        el('button', { type: 'button', class: 'close', 'aria-label': 'Close', text: '×', onclick: () => { container.hidden = true; } }),
        el('h3', {}, el('span', { class: `swatch ${typeClass(e.event_type)}` }), `${e.sub_event_type} — ${e.location ?? 'unknown place'}`),
        el('p', { class: 'fatalities' }, 'Fatalities: ', el('strong', { text: f.best ?? 'unknown' }), f.low !== f.high ? ` (range ${f.low ?? '?'}–${f.high ?? '?'})` : ''),
        el('dl', {}, ...rows.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })])),
        el('h4', { text: `Claims (${d.claims.length})` }),
        d.claims.length ? el('ul', { class: 'claims' }, ...d.claims.map((/** @type {any} */ c) => el('li', {}, el('strong', { text: c.claimant }), ` ${c.role}: `, el('q', { text: c.quote || c.statement })))) : el('p', { class: 'muted', text: 'None.' }),
        el('h4', { text: `Sources (${d.sources.length})` }),
        el('ul', { class: 'sources' }, ...d.sources.map((/** @type {any} */ s, /** @type {number} */ i) => el('li', {},
          el('button', { type: 'button', class: 'source-btn', text: s.title ?? s.articleId, onclick: () => showArticle(articleBox, s.articleId, id, token).catch(console.error), dataset: { i: String(i) } }),
          ` ${[s.source, s.date].filter(Boolean).join(' · ')}`,
        ))),
        articleBox,
      );
      if (d.sources[0]) await showArticle(articleBox, d.sources[0].articleId, id, my).catch((err) => { articleBox.textContent = String(err); });
    },
  };
}
