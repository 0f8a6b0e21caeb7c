/**
 * One 7-day bucket's LSH band rows in memory: (band, hash) → the article id, or ids, holding
 * that band hash. An open-addressing table (linear probing, backward-shift deletion) over typed
 * arrays: the near-duplicate probe of every saved article is 96 lookups and its save 32 inserts.
 * Against a `Map` per band, measured alone on 2,000 articles: probes 3.0 ms instead of 4.1, inserts
 * 2.0 instead of 2.6 (band hashes are already well mixed, so the slot is the hash itself, offset
 * per band). It starts at 1,024 slots: growing from 128 cost more than the Map.
 *
 * A slot is empty when its band byte is {@link EMPTY}, so a lookup that finds nothing (nearly
 * every probe) reads one byte array, 1 KiB per 1,024 slots, instead of the ids array, eight
 * times larger: between two articles' probes SQLite and the JSON writer evict most of the
 * CPU cache, and these lines come back cheaper.
 *
 * `get`, `addId`, `set` and `delete` each walk the probe run themselves: one shared "find the slot"
 * helper made probes 40 % and inserts 70 % slower in a micro-benchmark (2,000 articles' worth).
 */

import { BANDS } from '../../dedupe/sketch.ts';

/** One article id, or several (one is by far the most common case: no array for it). */
export type Ids = string | string[];

/** The band byte of an empty slot (bands are below {@link BANDS}, far under 255). */
const EMPTY = 0xff;
if (BANDS > EMPTY) throw new Error(`BandTable: ${BANDS} bands do not fit below its empty marker ${EMPTY}`);

export class BandTable {
  private hashes: Int32Array;
  private bands: Uint8Array;
  private ids: Array<Ids | undefined>;
  private mask: number;
  /** Keys held. */
  size = 0;

  constructor(capacity = 512) {
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    this.hashes = new Int32Array(cap);
    this.bands = new Uint8Array(cap).fill(EMPTY);
    this.ids = new Array<Ids | undefined>(cap).fill(undefined);
    this.mask = cap - 1;
  }

  /** The ids under (band, hash), or undefined. */
  get(band: number, hash: number): Ids | undefined {
    const { hashes, bands, mask } = this;
    for (let i = home(band, hash, mask); ; i = (i + 1) & mask) {
      const b = bands[i];
      if (b === EMPTY) return undefined;
      if (b === band && hashes[i] === hash) return this.ids[i];
    }
  }

  /**
   * Add article `id` under (band, hash), in one probe (a get and a set probe twice); false when
   * it was there already.
   */
  addId(band: number, hash: number, id: string): boolean {
    if ((this.size + 1) * 2 > this.ids.length) this.grow();
    const { hashes, bands, ids, mask } = this;
    for (let i = home(band, hash, mask); ; i = (i + 1) & mask) {
      const b = bands[i];
      if (b === EMPTY) {
        hashes[i] = hash;
        bands[i] = band;
        ids[i] = id;
        this.size++;
        return true;
      }
      if (b === band && hashes[i] === hash) {
        const held = ids[i]!;
        if (typeof held === 'string') {
          if (held === id) return false;
          ids[i] = [held, id];
        } else {
          if (held.includes(id)) return false;
          held.push(id);
        }
        return true;
      }
    }
  }

  /** Put `v` under (band, hash), replacing what was there. */
  set(band: number, hash: number, v: Ids): void {
    if ((this.size + 1) * 2 > this.ids.length) this.grow();
    const { hashes, bands, ids, mask } = this;
    for (let i = home(band, hash, mask); ; i = (i + 1) & mask) {
      if (bands[i] === EMPTY) {
        hashes[i] = hash;
        bands[i] = band;
        ids[i] = v;
        this.size++;
        return;
      }
      if (hashes[i] === hash && bands[i] === band) {
        ids[i] = v;
        return;
      }
    }
  }

  /** Remove (band, hash) if held. */
  delete(band: number, hash: number): void {
    const { hashes, bands, ids, mask } = this;
    let hole = home(band, hash, mask);
    for (; ; hole = (hole + 1) & mask) {
      if (bands[hole] === EMPTY) return;
      if (hashes[hole] === hash && bands[hole] === band) break;
    }
    // Backward shift: pull later entries of the run into the hole when their home allows it.
    for (let j = (hole + 1) & mask; bands[j] !== EMPTY; j = (j + 1) & mask) {
      if (((j - home(bands[j]!, hashes[j]!, mask)) & mask) >= ((j - hole) & mask)) {
        hashes[hole] = hashes[j]!;
        bands[hole] = bands[j]!;
        ids[hole] = ids[j];
        hole = j;
      }
    }
    bands[hole] = EMPTY;
    ids[hole] = undefined;
    this.size--;
  }

  private grow(): void {
    const { hashes, bands, ids } = this;
    const cap = ids.length * 2;
    this.hashes = new Int32Array(cap);
    this.bands = new Uint8Array(cap).fill(EMPTY);
    this.ids = new Array<Ids | undefined>(cap).fill(undefined);
    this.mask = cap - 1;
    this.size = 0;
    for (let i = 0; i < ids.length; i++) if (bands[i] !== EMPTY) this.set(bands[i]!, hashes[i]!, ids[i]!);
  }
}

/** The first slot tried for (band, hash). */
function home(band: number, hash: number, mask: number): number {
  return (hash ^ Math.imul(band, 0x9e3779b1)) & mask;
}
