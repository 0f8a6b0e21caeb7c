/**
 * Output formats for events (shared by the CLI and the HTTP API): table, json, jsonl, csv
 * (ACLED column names where the meaning matches) and GeoJSON.
 */
import type { StoredEvent } from '../store/store.ts';

export const FORMATS = ['table', 'json', 'jsonl', 'csv', 'geojson'] as const;
export type Format = (typeof FORMATS)[number];

const TIME_PRECISION: Record<string, number> = { day: 1, week: 2, month: 3, year: 3, unknown: 3 };

/** ACLED-style CSV columns, then sitrep's own. */
export const CSV_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'actor2',
  'country', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'fatalities',
  'fatalities_low', 'fatalities_high', 'injured', 'weapon', 'certainty', 'iso2', 'background',
] as const;

function csvRow(e: StoredEvent): unknown[] {
  return [
    e.id, e.date, e.date?.slice(0, 4) ?? null, TIME_PRECISION[e.date_precision] ?? 3, e.event_type, e.sub_event_type, e.actor1, e.actor2,
    e.country, e.admin1, e.location, e.latitude, e.longitude, e.geo_precision, e.sources.join(';'), e.fatalities,
    e.fatalities_low, e.fatalities_high, e.injured, e.weapon, e.certainty, e.iso2, e.background,
  ];
}

const csvCell = (v: unknown) => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function toCsv(events: StoredEvent[]): string {
  return [CSV_COLUMNS.join(','), ...events.map((e) => csvRow(e).map(csvCell).join(','))].join('\n') + '\n';
}

export function toGeoJson(events: StoredEvent[]): object {
  return {
    type: 'FeatureCollection',
    features: events
      .filter((e) => e.latitude !== null && e.longitude !== null)
      .map((e) => ({ type: 'Feature', id: e.id, geometry: { type: 'Point', coordinates: [e.longitude, e.latitude] }, properties: { ...e } })),
  };
}

function toTable(events: StoredEvent[]): string {
  const cols: [string, (e: StoredEvent) => unknown][] = [
    ['id', (e) => e.id], ['date', (e) => e.date], ['type', (e) => e.sub_event_type], ['actor1', (e) => e.actor1],
    ['actor2', (e) => e.actor2], ['location', (e) => e.location && `${e.location}, ${e.country}`], ['killed', (e) => e.fatalities], ['src', (e) => e.sources.length],
  ];
  return alignColumns(cols.map(([h]) => h), events.map((e) => cols.map(([, f]) => String(f(e) ?? '-').slice(0, 40)))) + '\n';
}

/** A header and rows as left-aligned text columns, two spaces apart (shared by every table output). */
export function alignColumns(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [head, ...rows].map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

/** Render events in `format` as text for stdout. */
export function formatEvents(events: StoredEvent[], format: Format): string {
  switch (format) {
    case 'json': return JSON.stringify(events, null, 2) + '\n';
    case 'jsonl': return events.map((e) => JSON.stringify(e)).join('\n') + (events.length ? '\n' : '');
    case 'csv': return toCsv(events);
    case 'geojson': return JSON.stringify(toGeoJson(events)) + '\n';
    default: return toTable(events);
  }
}
