/**
 * The geocoder's contract. The extractor depends only on this file; the gazetteer
 * implementation behind it is built by `createGeocoder()` in `./geocoder.ts`.
 */
import type { Place, Span } from '../core/types.ts';

export type PlaceKind = 'populated_place' | 'neighbourhood' | 'admin1' | 'country' | 'region' | 'water' | 'feature';

/** A gazetteer reading of a name: a {@link Place} (country as ACLED's English short name) plus ranking data. */
export interface PlaceCandidate extends Place {
  /** Stable id: `geonames:<id>` or `local:<slug>` or `country:<ISO2>`. */
  id: string;
  kind: PlaceKind;
  population: number;
  /** Ranking score in [0, 1]; higher is better. */
  score: number;
  /** Why it ranked where it did (for `explain`). */
  reasons: string[];
}

export interface GeoContext {
  /** ISO2 codes of countries mentioned near the place or implied by actors. */
  countries?: string[];
  /** Free text around the mention; the geocoder may scan it for country/place names. */
  text?: string;
}

/** A place name found in running text, with its ranked readings. */
export interface PlaceMention {
  span: Span;
  surface: string;
  /** e.g. "near", "outskirts", "northern", "20 km south of"; null when plain. */
  qualifier: string | null;
  candidates: PlaceCandidate[];
}

export interface Geocoder {
  readonly name: string;
  /** Data version of the gazetteer (stored with every event). */
  readonly version: string;
  /** Ranked candidates for a place name, best first; empty when unknown. */
  lookup(query: string, ctx?: GeoContext): PlaceCandidate[];
  /** Every gazetteer place name in `text` (longest match wins), ranked using the rest of the text. */
  findMentions(text: string, ctx?: GeoContext): PlaceMention[];
}
