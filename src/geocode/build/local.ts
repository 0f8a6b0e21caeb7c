/** Hand-written sources: admin1 regions (data/geonames/admin1.tsv) and local places/aliases (data/local/places*.tsv). */
import type { PlaceKind } from '../types.ts';
import type { GazetteerBuilder } from './builder.ts';
import { readTsv, splitList } from './tsv.ts';

/** Adds admin1 regions as findable places; returns the `ISO2.code` → name table. */
export function addAdmin1(b: GazetteerBuilder, path: string): Record<string, string> {
  const names: Record<string, string> = {};
  for (const r of readTsv(path)) {
    const slug = r.code ? r.code.toLowerCase() : r.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    if (r.code && !names[`${r.iso2}.${r.code}`]) names[`${r.iso2}.${r.code}`] = r.name;
    b.add({ id: `local:admin1-${r.iso2.toLowerCase()}-${slug}`, name: r.name, ascii: r.name, alts: splitList(r.alt_names),
      lat: +r.lat, lon: +r.lon, fcode: 'ADM1', kind: 'admin1', iso2: r.iso2, admin1: r.code, pop: 0, prec: 3, curated: true });
  }
  return names;
}

const KIND_SET = new Set<PlaceKind>(['populated_place', 'neighbourhood', 'admin1', 'country', 'region', 'water', 'feature']);

/** Adds data/local/places.tsv rows; throws on malformed rows so a typo cannot ship silently. */
export function addLocalPlaces(b: GazetteerBuilder, path: string): number {
  const rows = readTsv(path);
  for (const r of rows) {
    const kind = r.kind as PlaceKind;
    const lat = +r.lat, lon = +r.lon, prec = +r.precision;
    if (!KIND_SET.has(kind) || !Number.isFinite(lat) || !Number.isFinite(lon) || ![1, 2, 3].includes(prec)) {
      throw new Error(`${path}: bad row ${JSON.stringify(r)}`);
    }
    b.add({ id: `local:${r.id}`, name: r.name, ascii: r.name, alts: splitList(r.alt_names), lat, lon, fcode: 'LOCAL', kind,
      iso2: r.iso2, admin1: r.admin1, pop: +r.population || 0, prec, parentId: r.parent || undefined, curated: true });
  }
  return rows.length;
}

/** Applies data/local/places-aliases.tsv; throws when an id is missing from GeoNames. */
export function addAliases(b: GazetteerBuilder, path: string): number {
  const rows = readTsv(path);
  for (const r of rows) {
    if (!b.alias(`geonames:${r.geonames_id}`, splitList(r.aliases), r.display || undefined, +r.population || undefined)) {
      throw new Error(`${path}: geonames:${r.geonames_id} not in cities1000`);
    }
  }
  return rows.length;
}
