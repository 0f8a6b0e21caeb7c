/**
 * Shape of the generated gazetteer artifact (`data/generated/gazetteer.json.gz`) and its loader.
 * Columnar arrays keep JSON.parse fast and the file small; the name index is precomputed at build time.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { PlaceKind } from './types.ts';

/** Place kinds by their small-integer code in `places.kind`. */
export const KINDS: PlaceKind[] = ['populated_place', 'neighbourhood', 'admin1', 'country', 'region', 'water', 'feature'];

/** Column store of every place; row `i` is the same place in every array. */
export interface PlaceColumns {
  id: string[];
  name: string[];
  ascii: string[];
  /** Latin-script alternate names, `|`-joined (kept for explain/debug; matching uses `index`). */
  alts: string[];
  lat: number[];
  lon: number[];
  fcode: string[];
  /** Index into {@link KINDS}. */
  kind: number[];
  iso2: string[];
  /** GeoNames admin1 code ('' when unknown). */
  admin1: string[];
  pop: number[];
  prec: number[];
  /** Row of the enclosing place, -1 when none. */
  parent: number[];
  /** 1 for hand-curated rows (local files, admin1, countries): trusted even when tiny. */
  curated: number[];
}

export interface CountryInfo {
  /** ACLED short name. */
  name: string;
  lat: number;
  lon: number;
  /** [minLat, minLon, maxLat, maxLon] of the country outline, for "northern X". */
  bbox: [number, number, number, number];
  /** Representative [lat, lon] of each part: north, south, east, west, northeast, ... */
  parts: Record<string, [number, number]>;
}

export interface AmbiguousName {
  defaultIso2: string;
  penalty: number;
}

export interface GazetteerArtifact {
  notice: string;
  format: 1;
  version: string;
  places: PlaceColumns;
  /** Name index: lines of `key\trow,row,...`, rows sorted by population, descending. */
  index: string;
  /** `ISO2.code` → admin1 display name. */
  admin1Names: Record<string, string>;
  countries: Record<string, CountryInfo>;
  /** Normalised country name/alias → ISO2 (context scanning). */
  countryKeys: Record<string, string>;
  /** Normalised demonym/adjective/actor word → ISO2 (context only, never a place). */
  demonyms: Record<string, string>;
  /** Normalised common words that are also place names. */
  stopwords: string[];
  /** Normalised place names that are also people's given names (absent in artifacts built before them). */
  givenNames?: string[];
  /** ISO2 pairs whose wars are reported together (data/local/ambiguous/conflict-neighbours.tsv). */
  conflictNeighbours?: string[][];
  ambiguous: Record<string, AmbiguousName>;
  /**
   * Row → the names `data/local/places-aliases.tsv` gives it (`|`-joined): our own spellings, which
   * count as the row's own names, not as alternates (absent in artifacts built before them).
   */
  ownAliases?: Record<string, string>;
}

/** Default artifact location, resolved from this file so it works from src/ and from any cwd. */
export const DEFAULT_ARTIFACT_PATH = new URL('../../data/generated/gazetteer.json.gz', import.meta.url);

/** Reads and parses the artifact (gzip or plain JSON). */
export function readArtifact(path: string | URL = DEFAULT_ARTIFACT_PATH): GazetteerArtifact {
  const buf = readFileSync(path);
  const text = buf[0] === 0x1f && buf[1] === 0x8b ? gunzipSync(buf).toString('utf8') : buf.toString('utf8');
  const art = JSON.parse(text) as GazetteerArtifact;
  if (art.format !== 1) throw new Error(`unsupported gazetteer format ${String(art.format)} in ${String(path)}`);
  return art;
}

/** Parses the precomputed index section into a Map. */
export function parseIndex(index: string): Map<string, Uint32Array> {
  const map = new Map<string, Uint32Array>();
  let pos = 0;
  while (pos < index.length) {
    let nl = index.indexOf('\n', pos);
    if (nl < 0) nl = index.length;
    const tab = index.indexOf('\t', pos);
    const rows = index.slice(tab + 1, nl).split(',');
    const arr = new Uint32Array(rows.length);
    for (let i = 0; i < rows.length; i++) arr[i] = +rows[i];
    map.set(index.slice(pos, tab), arr);
    pos = nl + 1;
  }
  return map;
}
