/** The loaded gazetteer: column store + name index + context tables, with row → candidate conversion. */
import { KINDS, parseIndex, readArtifact, type GazetteerArtifact, type PlaceColumns } from './artifact.ts';
import type { PlaceCandidate } from './types.ts';
import type { GeoPrecision } from '../core/types.ts';
import { computePrior } from './rank.ts';
import { normalizeName, shapeQuery } from './normalize.ts';

const EMPTY = new Uint32Array(0);

export class Gazetteer {
  readonly version: string;
  readonly cols: PlaceColumns;
  readonly art: GazetteerArtifact;
  private readonly index: Map<string, Uint32Array>;
  readonly countryKeys: Map<string, string>;
  readonly demonyms: Map<string, string>;
  readonly stopwords: Set<string>;
  readonly givenNames: Set<string>;
  /** `A|B` for each pair of conflict-neighbours.tsv, both ways. */
  private readonly conflictPairs: Set<string>;
  /** Context-free prior of every row (see rank.ts), computed once at load. */
  readonly prior: Float32Array;
  /** Row of each `country:<ISO2>` place. */
  readonly countryRow = new Map<string, number>();

  constructor(path?: string | URL) {
    this.art = readArtifact(path);
    this.version = this.art.version;
    this.cols = this.art.places;
    this.index = parseIndex(this.art.index);
    this.art.index = ''; // the string is no longer needed; let it be collected
    this.countryKeys = new Map(Object.entries(this.art.countryKeys));
    this.demonyms = new Map(Object.entries(this.art.demonyms));
    this.stopwords = new Set(this.art.stopwords);
    this.givenNames = new Set(this.art.givenNames ?? []);
    this.conflictPairs = new Set((this.art.conflictNeighbours ?? []).flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));
    this.cols.id.forEach((id, row) => id.startsWith('country:') && this.countryRow.set(id.slice(8), row));
    this.prior = new Float32Array(this.cols.id.length);
    for (let r = 0; r < this.prior.length; r++) this.prior[r] = computePrior(this, r);
  }

  private idRows: Map<string, number> | null = null;
  /** {@link plainName} of the rows asked for so far (a candidate is built for every lookup). */
  private readonly plainNames = new Map<number, string>();

  private rememberPlain(row: number): string {
    const name = plainName(this.cols.name[row]);
    this.plainNames.set(row, name);
    return name;
  }

  /** Row of a place id, -1 when unknown (map built lazily: only mentions/explain need it). */
  rowOfId(id: string): number {
    if (!this.idRows) this.idRows = new Map(this.cols.id.map((x, i) => [x, i]));
    return this.idRows.get(id) ?? -1;
  }

  private firstWords: { names: Set<string>; demonyms: Set<string> } | null = null;

  /**
   * Whether some indexed name (`of: 'names'`) or demonym key begins with the word `w`: the scanner asks
   * before trying the n-grams that start with a token. Built on first use (about 180 000 words).
   */
  keyStartsWith(of: 'names' | 'demonyms', w: string): boolean {
    if (!this.firstWords) {
      const first = (keys: Iterable<string>) => new Set(Array.from(keys, (k) => k.split(' ', 1)[0]!));
      this.firstWords = { names: first(this.index.keys()), demonyms: first(this.demonyms.keys()) };
    }
    return this.firstWords[of].has(w);
  }

  private readonly ownKeys = new Map<number, ReadonlySet<string>>();

  /**
   * Whether the row's own name (or its ASCII form) normalises to `key`, as opposed to one of its alternate
   * names ("Pokrovsk" was Engels' name until 1931); the spellings `places-aliases.tsv` gives a row are
   * its own too ("Artemovsk" for Bakhmut). Both forms count with and without an administrative
   * suffix ("Moscow Oblast" is named "Moscow" too). Normalised on first use per row.
   */
  isOwnName(row: number, key: string): boolean {
    return this.ownNameKeys(row).has(key);
  }

  /** The keys of the row's own names (see {@link isOwnName}), normalised on first use. */
  ownNameKeys(row: number): ReadonlySet<string> {
    let own = this.ownKeys.get(row);
    if (!own) {
      const forms = [this.cols.name[row]!, this.cols.ascii[row]!, ...(this.art.ownAliases?.[row]?.split('|') ?? [])];
      own = new Set(forms.flatMap((f) => [normalizeName(f), shapeQuery(f).key]));
      this.ownKeys.set(row, own);
    }
    return own;
  }

  private readonly ownWordSets = new Map<number, Set<string>>();

  /** The words of the row's own names (normalised, cached): "ciudad", "juarez" for Ciudad Juárez. */
  ownWords(row: number): Set<string> {
    let words = this.ownWordSets.get(row);
    if (!words) {
      words = new Set([this.cols.name[row]!, this.cols.ascii[row]!].flatMap((f) => normalizeName(f).split(' ')));
      this.ownWordSets.set(row, words);
    }
    return words;
  }

  /** Rows whose names normalise to `key` (population order). */
  rows(key: string): Uint32Array {
    return this.index.get(key) ?? EMPTY;
  }

  /** Whether the wars of two countries are reported together (a place in one is expected in a text about the other). */
  conflictNeighbours(a: string, b: string): boolean {
    return this.conflictPairs.has(`${a}|${b}`);
  }

  has(key: string): boolean {
    return this.index.has(key);
  }

  kind(row: number) {
    return KINDS[this.cols.kind[row]];
  }

  /** ACLED short country name for an ISO2 code (the code itself when unknown, e.g. "XK"). */
  countryName(iso2: string): string {
    return this.art.countries[iso2]?.name ?? iso2;
  }

  /** Admin1 names of the rows asked for so far (the key is built once per row, not per candidate). */
  private readonly admin1Names = new Map<number, string | null>();

  admin1Name(row: number): string | null {
    let name = this.admin1Names.get(row);
    if (name === undefined) {
      const c = this.cols, k = this.kind(row);
      name = k === 'country' ? null : k === 'admin1' ? c.name[row]! : this.art.admin1Names[`${c.iso2[row]}.${c.admin1[row]}`] ?? null;
      this.admin1Names.set(row, name);
    }
    return name;
  }

  /** A fresh candidate object for `row` (callers may adjust precision/coordinates). */
  candidate(row: number, score: number, reasons: string[]): PlaceCandidate {
    const c = this.cols;
    return {
      id: c.id[row], name: this.plainNames.get(row) ?? this.rememberPlain(row), admin1: this.admin1Name(row), country: this.countryName(c.iso2[row]), iso2: c.iso2[row],
      latitude: c.lat[row], longitude: c.lon[row], precision: c.prec[row] as GeoPrecision, kind: this.kind(row),
      population: c.pop[row], score, reasons,
    };
  }
}

/**
 * A place name as English news writes it: GeoNames' transliteration marks dropped ("Peshāwar" →
 * "Peshawar", "As Suwaydā’" → "As Suwayda'"); letters outside Latin script are kept.
 */
export function plainName(name: string): string {
  return /[^\x00-\x7f]/.test(name) ? name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’ʼʿʾ]/g, "'").normalize('NFC') : name;
}

/** Great-circle distance in km. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180, dLat = (lat2 - lat1) * r, dLon = (lon2 - lon1) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The point `km` away from (lat, lon) on compass bearing `deg`. Flat-earth approximation: fine below ~200 km. */
export function offsetPoint(lat: number, lon: number, km: number, deg: number): [number, number] {
  const b = (deg * Math.PI) / 180;
  const dLat = (km * Math.cos(b)) / 111.32;
  const dLon = (km * Math.sin(b)) / (111.32 * Math.cos((lat * Math.PI) / 180));
  return [Math.round((lat + dLat) * 1e5) / 1e5, Math.round((lon + dLon) * 1e5) / 1e5];
}
