/** Reads GeoNames cities1000.txt (19 tab-separated columns) into the builder. */
import { readFileSync } from 'node:fs';
import type { GazetteerBuilder } from './builder.ts';
import { usefulAlt } from './builder.ts';

/**
 * Countries whose GeoNames names transliterate Cyrillic with ’ for the soft sign ("Luhans’k"); English
 * reporting drops it ("Luhansk"), so the display name does too (matching ignores it either way).
 */
const SOFT_SIGN_COUNTRIES = new Set(['UA', 'RU', 'BY', 'KZ', 'KG']);

/** GeoNames feature codes of city sections: kept as neighbourhoods rather than towns. */
const SECTION_CODES = new Set(['PPLX']);

/** Adds every cities1000 row; returns the number of rows read. */
export function addGeonames(b: GazetteerBuilder, path: string): number {
  const text = readFileSync(path, 'utf8');
  let n = 0;
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const f = line.split('\t');
    const alts = [...new Set(f[3].split(',').filter(usefulAlt))].filter((a) => a !== f[1] && a !== f[2]);
    b.add({
      id: `geonames:${f[0]}`,
      name: SOFT_SIGN_COUNTRIES.has(f[8]) ? f[1].replace(/’/g, '') : f[1],
      ascii: f[2],
      alts,
      lat: +f[4],
      lon: +f[5],
      fcode: f[7],
      kind: SECTION_CODES.has(f[7]) ? 'neighbourhood' : 'populated_place',
      iso2: f[8],
      admin1: f[10],
      pop: +f[14] || 0,
      prec: 1,
      curated: false,
    });
    n++;
  }
  return n;
}
