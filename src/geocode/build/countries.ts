/** Countries from world-countries with ACLED short names, aliases, demonyms and outline bounding boxes. */
import { readFileSync, existsSync } from 'node:fs';
import type { CountryInfo } from '../artifact.ts';
import { normalizeName } from '../normalize.ts';
import type { GazetteerBuilder } from './builder.ts';
import { readTsv, splitList } from './tsv.ts';

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  latlng: [number, number];
  demonyms?: { eng?: { m: string; f: string } };
}

type Coord = [number, number];
/** Outline vertices of a country from world-countries' GeoJSON ([lat, lon] pairs). */
function outline(geoPath: string): Coord[] {
  if (!existsSync(geoPath)) return [];
  const geo = JSON.parse(readFileSync(geoPath, 'utf8')) as { features: { geometry?: { coordinates: unknown } }[] };
  const pts: Coord[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x) && typeof x[0] === 'number') pts.push([(x as Coord)[1], (x as Coord)[0]]);
    else if (Array.isArray(x)) x.forEach(walk);
  };
  geo.features.forEach((f) => walk(f.geometry?.coordinates));
  return pts;
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/**
 * A representative point for "northern X", "south-eastern X", ...: the middle of that third of the bounding box
 * along the named axis, and the mean of the outline vertices inside that band along the other axis (so "southern
 * Lebanon" lands near the coast-to-border middle rather than the bbox centre).
 */
function directionalPoints(pts: Coord[], b: [number, number, number, number]): Record<string, Coord> {
  const [s, w, n, e] = b, dy = (n - s) / 3, dx = (e - w) / 3;
  const band = (lo: number, hi: number, axis: 0 | 1, other: 0 | 1, fallback: number) => {
    const sel = pts.filter((p) => p[axis] >= lo && p[axis] <= hi);
    return sel.length ? sel.reduce((a, p) => a + p[other], 0) / sel.length : fallback;
  };
  const out: Record<string, Coord> = {
    north: [n - dy / 2, band(n - dy, n, 0, 1, (w + e) / 2)],
    south: [s + dy / 2, band(s, s + dy, 0, 1, (w + e) / 2)],
    east: [band(e - dx, e, 1, 0, (s + n) / 2), e - dx / 2],
    west: [band(w, w + dx, 1, 0, (s + n) / 2), w + dx / 2],
    northeast: [n - dy / 2, e - dx / 2], northwest: [n - dy / 2, w + dx / 2],
    southeast: [s + dy / 2, e - dx / 2], southwest: [s + dy / 2, w + dx / 2],
  };
  for (const k of Object.keys(out)) out[k] = [r2(out[k][0]), r2(out[k][1])];
  return out;
}

function bboxOf(pts: Coord[]): [number, number, number, number] | null {
  const b: [number, number, number, number] = [90, 180, -90, -180];
  for (const [lat, lon] of pts) {
    b[0] = Math.min(b[0], lat); b[1] = Math.min(b[1], lon); b[2] = Math.max(b[2], lat); b[3] = Math.max(b[3], lon);
  }
  return b[0] <= b[2] ? (b.map(r2) as typeof b) : null;
}

export interface CountryTables {
  countries: Record<string, CountryInfo>;
  countryKeys: Record<string, string>;
  demonyms: Record<string, string>;
}

/** Adds one `country:<ISO2>` place per country and returns the context tables. */
export function addCountries(b: GazetteerBuilder, wcDir: string, acledTsv: string, demonymTsv: string): CountryTables {
  const list = JSON.parse(readFileSync(`${wcDir}/countries.json`, 'utf8')) as WorldCountry[];
  const acled = new Map(readTsv(acledTsv).map((r) => [r.iso2, r]));
  const out: CountryTables = { countries: {}, countryKeys: {}, demonyms: {} };
  for (const c of list) {
    const iso2 = c.cca2;
    const row = acled.get(iso2);
    const name = row?.acled_name || c.name.common;
    const alts = [c.name.common, c.name.official, ...splitList(row?.extra_names),
      ...c.altSpellings.filter((a) => a.length > 3 && /^[\p{Script=Latin} .,'’()-]+$/u.test(a))];
    const names = [...new Set([name, ...alts])];
    const pts = outline(`${wcDir}/data/${c.cca3.toLowerCase()}.geo.json`);
    const bbox = bboxOf(pts) ?? [c.latlng[0] - 1, c.latlng[1] - 1, c.latlng[0] + 1, c.latlng[1] + 1];
    out.countries[iso2] = { name, lat: c.latlng[0], lon: c.latlng[1], bbox, parts: directionalPoints(pts, bbox) };
    b.add({ id: `country:${iso2}`, name, ascii: name, alts: names.filter((n) => n !== name), lat: c.latlng[0], lon: c.latlng[1],
      fcode: 'PCLI', kind: 'country', iso2, admin1: '', pop: 0, prec: 3, curated: true });
    for (const n of names) out.countryKeys[normalizeName(n)] = iso2;
    // Short all-caps aliases (US, UK, DRC) are matched case-sensitively at runtime; index them as keys too.
    for (const dm of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (dm) out.demonyms[normalizeName(dm)] = iso2;
  }
  for (const r of readTsv(demonymTsv)) for (const d of splitList(r.adjectives)) out.demonyms[normalizeName(d)] = r.iso2;
  return out;
}
