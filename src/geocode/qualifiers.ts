/**
 * Relative-location phrases around a mention and what they do to a candidate:
 * - "20 km south of X"      → point moved 20 km on that bearing, precision 2;
 * - "near/outskirts of/north of X", "X area" → same point, precision ≥ 2;
 * - "northern/eastern X"    → country: representative point of that part, precision 3;
 *                             admin1/region: unchanged (already coarse); town: precision 2.
 */
import type { CountryInfo } from './artifact.ts';
import { offsetPoint } from './gazetteer.ts';
import type { PlaceCandidate } from './types.ts';
import type { GeoPrecision } from '../core/types.ts';

export interface Qualifier {
  /** As written, lower-cased ("near", "20 km south of", "northern", "area"). */
  text: string;
  /** Start of the qualifier before the name (equals the name start when the qualifier follows it). */
  start: number;
  offsetKm?: number;
  bearing?: number;
  /** Compass part for "northern X" (north, south-east, ...), normalised without hyphen. */
  part?: string;
}

const DIRS = 'north[- ]?east|north[- ]?west|south[- ]?east|south[- ]?west|north|south|east|west';
const BEARING: Record<string, number> = { north: 0, northeast: 45, east: 90, southeast: 135, south: 180, southwest: 225, west: 270, northwest: 315 };
const OFFSET = new RegExp(`(\\d+(?:[.,]\\d+)?)\\s*-?\\s*(km|kms|kilomet(?:er|re)s?|miles?|mi)\\s+(?:to\\s+the\\s+)?(${DIRS})(?:ern)?\\s+of\\s+(?:the\\s+)?(?:(?:city|town|village)\\s+of\\s+)?$`, 'i');
const DIR_OF = new RegExp(`\\b(${DIRS})\\s+of\\s+(?:the\\s+)?(?:(?:city|town|village)\\s+of\\s+)?$`, 'i');
const NEAR = /\b(near|nearby|close to|outside|on the outskirts of|outskirts of|in the vicinity of|vicinity of|around|on the edge of|edge of|suburbs? of|environs of)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$/i;
const ADJ = /\b(north[- ]?eastern|north[- ]?western|south[- ]?eastern|south[- ]?western|northern|southern|eastern|western|central)\s+(?:parts? of\s+)?$/i;
const AFTER = /^\s+(area|areas|outskirts|vicinity|countryside|surroundings|environs|axis|front)\b/i;

const dirKey = (s: string) => s.toLowerCase().replace(/[- ]/g, '');

/** The qualifier around the name at [start, end), or null. */
export function findQualifier(text: string, start: number, end: number): Qualifier | null {
  const before = text.slice(Math.max(0, start - 60), start);
  const at = (m: RegExpExecArray) => start - (before.length - m.index);
  let m = OFFSET.exec(before);
  if (m) {
    const unit = m[2].toLowerCase().startsWith('mi') ? 1.609 : 1;
    return { text: m[0].trim().toLowerCase(), start: at(m), offsetKm: parseFloat(m[1].replace(',', '.')) * unit, bearing: BEARING[dirKey(m[3])] };
  }
  if ((m = DIR_OF.exec(before))) return { text: m[0].trim().toLowerCase(), start: at(m) };
  if ((m = NEAR.exec(before))) return { text: m[1].toLowerCase(), start: at(m) };
  if ((m = ADJ.exec(before))) {
    const part = dirKey(m[1]).replace(/ern$/, '');
    return { text: m[1].toLowerCase(), start: at(m), part };
  }
  const a = AFTER.exec(text.slice(end, end + 30));
  if (a) return { text: a[1].toLowerCase(), start };
  return null;
}

/** A copy of `c` moved/widened by the qualifier. */
export function applyQualifier(c: PlaceCandidate, q: Qualifier, country?: CountryInfo): PlaceCandidate {
  const out: PlaceCandidate = { ...c, reasons: [...c.reasons] };
  const widen = (p: GeoPrecision) => (Math.max(out.precision, p) as GeoPrecision);
  if (q.offsetKm !== undefined && q.bearing !== undefined) {
    [out.latitude, out.longitude] = offsetPoint(c.latitude, c.longitude, q.offsetKm, q.bearing);
    out.precision = widen(2);
    out.reasons.push(`offset ${q.offsetKm.toFixed(1)} km bearing ${q.bearing}°`);
  } else if (q.part !== undefined) {
    if (c.kind === 'country' && country) {
      const pt = q.part === 'central' ? [country.lat, country.lon] : country.parts[q.part];
      if (pt) [out.latitude, out.longitude] = pt;
      out.precision = 3;
      out.reasons.push(`${q.text} part of the country`);
    } else if (c.kind !== 'admin1' && c.kind !== 'region') {
      out.precision = widen(2);
      out.reasons.push(`${q.text} part`);
    }
  } else {
    out.precision = widen(2);
    out.reasons.push(`qualified by "${q.text}"`);
  }
  return out;
}
