import { describe, expect, it } from 'vitest';
import { rng } from '../../../bench/corpus.ts';
import { BandTable, type Ids } from './band-table.ts';

describe('BandTable', () => {
  it('agrees with a Map through random sets, overwrites and deletes, across growth and long probe runs', () => {
    for (const seed of [1, 2, 3]) {
      const next = rng(seed);
      const table = new BandTable(4);
      const model = new Map<string, Ids>();
      // Few distinct low bits: many keys share a home slot, so runs are long and deletion must shift them.
      const keys = Array.from({ length: 300 }, () => [Math.floor(next() * 32), (Math.floor(next() * 2 ** 32) & ~0xff) | 0x11] as const);
      for (let step = 0; step < 20_000; step++) {
        const [band, hash] = keys[Math.floor(next() * keys.length)]!;
        const k = `${band}|${hash}`;
        if (next() < 0.4) {
          table.delete(band, hash);
          model.delete(k);
        } else if (next() < 0.5) {
          const v: Ids = next() < 0.5 ? `a${step}` : [`a${step}`, `b${step}`];
          table.set(band, hash, typeof v === 'string' ? v : [...v]); // not the model's array: addId appends in place
          model.set(k, v);
        } else {
          // addId: a new id, or one already held (as the only id or in a list).
          const held = model.get(k);
          const known = held === undefined ? [] : typeof held === 'string' ? [held] : held;
          const id = known.length > 0 && next() < 0.3 ? known[Math.floor(next() * known.length)]! : `c${step}`;
          const isNew = !known.includes(id);
          expect(table.addId(band, hash, id)).toBe(isNew);
          model.set(k, !isNew ? held! : known.length === 0 ? id : [...known, id]);
        }
        if (step % 500 === 0 || step > 19_900) {
          expect(table.size).toBe(model.size);
          for (const [b, h] of keys) expect(table.get(b, h)).toEqual(model.get(`${b}|${h}`));
        }
      }
    }
  });

  it('tells bands apart under the same hash, and the sign of a hash', () => {
    const t = new BandTable();
    t.set(0, -5, 'x');
    t.set(1, -5, 'y');
    t.set(0, 5, 'z');
    expect([t.get(0, -5), t.get(1, -5), t.get(0, 5), t.get(2, -5)]).toEqual(['x', 'y', 'z', undefined]);
    t.delete(0, -5);
    expect([t.get(0, -5), t.get(1, -5), t.get(0, 5)]).toEqual([undefined, 'y', 'z']);
  });
});
