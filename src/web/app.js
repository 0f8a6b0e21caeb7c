// Dashboard wiring: filters + brush → map, table and timeline, all filtered server-side.
import { getJson, latest, queryString } from './api.js';
import { TAXONOMY, TYPE_COLORS, typeClass } from './colors.js';
import { debounce, el } from './dom.js';
import { createMap } from './map.js';
import { createPanel } from './panel.js';
import { createTable, PAGE_SIZE } from './table.js';
import { createTimeline } from './timeline.js';

const MAP_LIMIT = 2000;
const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

const state = {
  /** @type {{ type: string, country: string, actor: string, q: string }} */
  filters: { type: '', country: '', actor: '', q: '' },
  /** @type {{ since: string, until: string } | null} */
  range: null,
  offset: 0,
  inView: false,
};

const status = $('status');
const report = (/** @type {unknown} */ e) => {
  console.error(e);
  status.textContent = `Error: ${e instanceof Error ? e.message : String(e)}`;
  status.classList.add('error');
};

const panel = createPanel($('panel'));
const select = (/** @type {string} */ id) => {
  table.select(id);
  map.focus(id);
  panel.show(id).catch(report);
};
const map = createMap($('map'), { onSelect: select, onMove: () => { loadMap(); if (state.inView) loadTable(); } });
const table = createTable($('table'), { onSelect: select, onPage: (o) => { state.offset = o; loadTable(); } });
const timeline = createTimeline($('timeline'), (range) => {
  state.range = range;
  $('range').textContent = range ? `${range.since} – ${range.until}` : 'all dates';
  $('clear-range').toggleAttribute('disabled', !range);
  state.offset = 0;
  loadTable();
  loadMap();
});

const withRange = () => ({ ...state.filters, ...(state.range ?? {}) });
let fitted = false;
const fetchMap = latest(), fetchTable = latest(), fetchStats = latest();

async function loadMap() {
  const fc = await fetchMap(`/api/events.geojson${queryString(withRange(), { bbox: map.bbox(), limit: MAP_LIMIT })}`).catch(report);
  if (!fc) return;
  map.setEvents(fc);
  if (!fitted && fc.features.length) { fitted = true; map.fit(); }
  $('map-note').textContent = fc.features.length >= MAP_LIMIT ? `map shows the newest ${MAP_LIMIT} in view` : `${fc.features.length} on map`;
}

async function loadTable() {
  const extra = { limit: PAGE_SIZE, offset: state.offset, sort: $('sort').value, ...(state.inView && map.bbox() ? { bbox: map.bbox() } : {}) };
  const page = await fetchTable(`/api/events${queryString(withRange(), extra)}`).catch(report);
  if (!page) return;
  table.render(page);
  $('count').textContent = `${page.total.toLocaleString('en')} events`;
  document.body.dataset.loaded = String(Date.now());
}

async function loadStats(/** @type {any} */ preloaded = null) {
  const s = preloaded ?? (await fetchStats(`/api/stats${queryString(state.filters)}`).catch(report));
  if (s) timeline.render(s.byDayType);
}

function refreshAll(/** @type {any} */ stats = null) {
  state.offset = 0;
  status.textContent = '';
  loadStats(stats);
  loadTable();
  loadMap();
}

function buildFilters() {
  const type = /** @type {HTMLSelectElement} */ ($('f-type'));
  for (const [t, subs] of Object.entries(TAXONOMY)) {
    type.append(el('option', { value: t, text: t }), el('optgroup', { label: `  ${t}` }, ...subs.map((s) => el('option', { value: s, text: s }))));
  }
  const read = () => {
    state.filters = {
      type: type.value,
      country: /** @type {HTMLSelectElement} */ ($('f-country')).value,
      actor: /** @type {HTMLInputElement} */ ($('f-actor')).value.trim(),
      q: /** @type {HTMLInputElement} */ ($('f-q')).value.trim(),
    };
    refreshAll();
  };
  for (const id of ['f-type', 'f-country']) $(id).addEventListener('change', read);
  const typed = debounce(read, 300);
  for (const id of ['f-actor', 'f-q']) $(id).addEventListener('input', typed);
  $('sort').addEventListener('change', () => { state.offset = 0; loadTable(); });
  $('in-view').addEventListener('change', (e) => { state.inView = /** @type {HTMLInputElement} */ (e.target).checked; state.offset = 0; loadTable(); });
  $('clear-range').addEventListener('click', () => {
    timeline.clearBrush();
    state.range = null;
    $('range').textContent = 'all dates';
    $('clear-range').setAttribute('disabled', '');
    state.offset = 0;
    loadTable();
    loadMap();
  });
  $('legend').append(...Object.keys(TYPE_COLORS).map((t) => el('span', { class: 'legend-item' }, el('span', { class: `swatch ${typeClass(t)}` }), t)));
}

async function init() {
  buildFilters();
  const all = await getJson('/api/stats').catch(report);
  if (all) {
    const country = $('f-country');
    country.append(...all.byCountry.slice(0, 250).map((/** @type {any} */ c) => el('option', { value: c.country, text: `${c.country} (${c.count})` })));
  }
  refreshAll(all);
}

init().catch(report);
