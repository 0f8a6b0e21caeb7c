// The map: offline country outlines (Natural Earth via world-atlas TopoJSON) and clustered
// event markers coloured by type and sized by fatalities. Leaflet, markercluster and
// topojson-client are loaded as classic scripts (globals L and topojson).
import { colorOf } from './colors.js';
import { el } from './dom.js';

const L = /** @type {any} */ (window).L;
const topojson = /** @type {any} */ (window).topojson;

/**
 * Rings that cross the antimeridian (Russia, Fiji) jump from +180 to -180 and would draw a
 * line across the world: move their western part east of 180 instead. Mutates `fc`.
 * @param {any} fc GeoJSON FeatureCollection of (Multi)Polygons
 */
export function unwrapAntimeridian(fc) {
  for (const f of fc.features) {
    const g = f.geometry;
    const polys = g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];
    for (const poly of polys) {
      for (const ring of poly) {
        const jumps = ring.some((/** @type {number[]} */ p, /** @type {number} */ i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
        if (jumps) for (const p of ring) if (p[0] < 0) p[0] += 360;
      }
    }
  }
  return fc;
}

/** Marker radius in px for a fatality count. @param {number|null} f */
export function radiusOf(f) {
  return 5 + Math.min(20, 2 * Math.sqrt(Math.max(0, f ?? 0)));
}

/**
 * Create the map in `container`.
 * @param {HTMLElement} container
 * @param {{ onSelect: (id: string) => void, onMove: () => void }} handlers
 */
export function createMap(container, handlers) {
  const map = L.map(container, { minZoom: 2, maxZoom: 12, worldCopyJump: false, maxBounds: [[-90, -200], [90, 200]], attributionControl: true, preferCanvas: false });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Natural Earth');
  map.setView([20, 20], 2);
  const clusters = L.markerClusterGroup({ disableClusteringAtZoom: 8, showCoverageOnHover: false, chunkedLoading: true, maxClusterRadius: 50 });
  clusters.addTo(map);
  /** @type {Map<string, any>} */
  const byId = new Map();

  fetch('/vendor/countries-50m.json')
    .then((r) => r.json())
    .then((topo) => {
      const land = topojson.feature(topo, topo.objects.countries);
      land.features = land.features.filter((/** @type {any} */ f) => f.id !== '010'); // Antarctica: its ring along the antimeridian draws stray lines
      L.geoJSON(unwrapAntimeridian(land), { interactive: false, style: { color: '#8a96a3', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 } }).addTo(map).bringToBack();
    })
    .catch((e) => console.error('basemap failed', e));
  map.on('moveend', () => handlers.onMove());

  return {
    /** Current view as `minLon,minLat,maxLon,maxLat`, clamped to the world; '' when it covers it all. */
    bbox() {
      const b = map.getBounds();
      const w = Math.max(-180, b.getWest()), e = Math.min(180, b.getEast());
      const s = Math.max(-90, b.getSouth()), n = Math.min(90, b.getNorth());
      if (w <= -180 && e >= 180 && s <= -85 && n >= 85) return '';
      return [w, s, e, n].map((v) => v.toFixed(4)).join(',');
    },
    /** Replace the markers with the features of a GeoJSON FeatureCollection. @param {any} fc */
    setEvents(fc) {
      clusters.clearLayers();
      byId.clear();
      const markers = fc.features.map((/** @type {any} */ f) => {
        const p = f.properties;
        const [lon, lat] = f.geometry.coordinates;
        const m = L.circleMarker([lat, lon], { radius: radiusOf(p.fatalities), color: '#222', weight: 1, fillColor: colorOf(p.event_type), fillOpacity: 0.85, className: 'event-marker' });
        const label = `${p.date ?? 'undated'} · ${p.sub_event_type} · ${p.location ?? '?'}${p.fatalities ? ` · ${p.fatalities} killed` : ''}`;
        m.bindTooltip(el('span', { text: label })); // an element, never an HTML string
        m.on('click', () => handlers.onSelect(p.id));
        byId.set(p.id, m);
        return m;
      });
      clusters.addLayers(markers);
    },
    /** Centre on an event's marker, if it is on the map. @param {string} id */
    focus(id) {
      const m = byId.get(id);
      if (m) clusters.zoomToShowLayer(m, () => m.openTooltip());
    },
    /** Zoom to the loaded markers. */
    fit() {
      const b = clusters.getBounds();
      if (b.isValid()) map.fitBounds(b.pad(0.2), { maxZoom: 6 });
    },
    /** Number of markers currently loaded. */
    count: () => byId.size,
    leaflet: map,
  };
}
