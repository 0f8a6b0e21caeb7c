/** Accumulates places and their index keys while the build script reads each source. */
import { KINDS, type PlaceColumns } from '../artifact.ts';
import { normalizeName, shapeQuery } from '../normalize.ts';
import type { PlaceKind } from '../types.ts';

export interface PlaceInput {
  id: string;
  name: string;
  ascii: string;
  alts: string[];
  lat: number;
  lon: number;
  fcode: string;
  kind: PlaceKind;
  iso2: string;
  admin1: string;
  pop: number;
  prec: number;
  parentId?: string;
  curated: boolean;
}

/** Latin-script names only; the big non-Latin alternate lists would triple the artifact for no English-text gain. */
const LATIN = /^[\p{Script=Latin}\p{M}0-9 '’‘`ʿʾ\-.,()]+$/u;

/** Whether a GeoNames alternate name is worth indexing. */
export function usefulAlt(a: string): boolean {
  if (a.length < 3 || a.length > 60 || !LATIN.test(a)) return false;
  // GeoNames' lower-case Latin strings are pinyin/romaji romanisations ("sheng hu li ya"): noise in English text.
  if (!/^\p{Lu}/u.test(a)) return false;
  // All-caps entries are airport codes (GOM) or shouting duplicates (KHAR'KOV).
  return /\p{Ll}/u.test(a);
}

export class GazetteerBuilder {
  readonly cols: PlaceColumns = {
    id: [], name: [], ascii: [], alts: [], lat: [], lon: [], fcode: [], kind: [], iso2: [], admin1: [], pop: [], prec: [], parent: [], curated: [],
  };
  private readonly keys = new Map<string, Set<number>>();
  private readonly rowById = new Map<string, number>();
  private readonly parents: (string | undefined)[] = [];
  /** Row → names given by {@link alias} (curated spellings: own names of the row). */
  readonly ownAliases: Record<string, string> = {};

  /** Adds a place and indexes its names; returns its row. */
  add(p: PlaceInput): number {
    const c = this.cols, row = c.id.length;
    c.id.push(p.id); c.name.push(p.name); c.ascii.push(p.ascii); c.alts.push(p.alts.join('|'));
    c.lat.push(Math.round(p.lat * 1e5) / 1e5); c.lon.push(Math.round(p.lon * 1e5) / 1e5);
    c.fcode.push(p.fcode); c.kind.push(KINDS.indexOf(p.kind)); c.iso2.push(p.iso2); c.admin1.push(p.admin1);
    c.pop.push(p.pop); c.prec.push(p.prec); c.parent.push(-1); c.curated.push(p.curated ? 1 : 0);
    this.parents.push(p.parentId);
    this.rowById.set(p.id, row);
    for (const n of [p.name, p.ascii, ...p.alts]) this.addKey(n, row);
    if (p.kind === 'admin1' || p.kind === 'region') this.addKey(shapeQuery(p.name).key, row);
    return row;
  }

  /** Extra names (and optional display/population overrides) for an existing row. */
  alias(id: string, names: string[], display?: string, pop?: number): boolean {
    const row = this.rowById.get(id);
    if (row === undefined) return false;
    for (const n of names) this.addKey(n, row);
    const c = this.cols;
    c.alts[row] = [...new Set([...c.alts[row].split('|').filter(Boolean), ...names])].join('|');
    this.ownAliases[row] = [...new Set([...(this.ownAliases[row]?.split('|') ?? []), ...names])].join('|');
    if (display) c.name[row] = display;
    if (pop) c.pop[row] = pop;
    return true;
  }

  addKey(name: string, row: number): void {
    const key = normalizeName(name);
    if (key.length < 2) return;
    let set = this.keys.get(key);
    if (!set) this.keys.set(key, (set = new Set()));
    set.add(row);
  }

  /** Resolves parent ids to rows and serialises the index (postings by population, capped). */
  finish(maxPostings = 60): { cols: PlaceColumns; index: string; keyCount: number } {
    const c = this.cols;
    this.parents.forEach((pid, row) => (c.parent[row] = pid ? (this.rowById.get(pid) ?? -1) : -1));
    const rank = (r: number) => c.pop[r] + (c.curated[r] ? 1e9 : 0);
    const lines: string[] = [];
    for (const key of [...this.keys.keys()].sort()) {
      const rows = [...this.keys.get(key)!].sort((a, b) => rank(b) - rank(a) || a - b).slice(0, maxPostings);
      lines.push(`${key}\t${rows.join(',')}`);
    }
    return { cols: c, index: lines.join('\n'), keyCount: lines.length };
  }
}
