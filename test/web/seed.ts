/** A small temp SQLite store for API and dashboard tests: fixture articles plus a hostile one. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Extraction } from '../../src/core/types.ts';
import { openStore } from '../../src/store/index.ts';
import type { EventStore } from '../../src/store/store.ts';
import { makeExtraction, META, sudan, ukraine } from '../contract/fixtures.ts';

/** Markup that must render as inert text. */
export const HOSTILE_IMG = '<img src=x onerror="window.__pwned=1">';
export const HOSTILE_SCRIPT = '<script>window.__pwned=1</script>';

const HOSTILE_TEXT = `GAZA (Wire) - Gunmen killed 4 civilians in Khan Younis on Monday, witnesses said. ${HOSTILE_IMG} ${HOSTILE_SCRIPT} Residents called it a massacre.`;
const MALI_TEXT = 'BAMAKO, April 2 - Fighting between the Malian army and JNIM militants near Gao killed 9 people on Tuesday, a local official said.';

/** Hostile article: markup in text and title, one Attack event (4 killed) and a framing flag. */
export const hostile = (): Extraction => makeExtraction({
  id: 'hx-1', date: '2024-04-15', text: HOSTILE_TEXT, title: `Gunmen kill 4 ${HOSTILE_IMG}`, url: 'javascript:window.__pwned=1', source: 'Wire',
  framing: [{ term: 'massacre', category: 'loaded' }],
  events: [{
    date: '2024-04-15', dateQuote: 'on Monday', sub: 'Attack', typeQuote: 'Gunmen killed',
    actor1: { name: 'Unidentified Armed Group (Palestine)', kind: 'unidentified_armed_group', quote: 'Gunmen' },
    actor2: { name: 'Civilians (Palestine)', kind: 'civilians', quote: 'civilians' },
    place: { name: 'Khan Younis', admin1: 'Gaza Strip', country: 'Palestine', iso2: 'PS', lat: 31.3462, lon: 34.3063, quote: 'Khan Younis' },
    weapon: { value: 'firearm', quote: 'Gunmen' }, fatalities: { value: 4, quote: 'killed 4' }, certainty: 'reported',
    claims: [{ role: 'reported', claimant: 'witnesses', statement: 'Gunmen killed 4 civilians', quote: 'Gunmen killed 4 civilians in Khan Younis on Monday' }],
  }],
});

/** Mali: an armed clash near Gao (9 killed). */
export const mali = (): Extraction => makeExtraction({
  id: 'ml-1', date: '2024-04-02', text: MALI_TEXT, title: 'Clashes near Gao', url: 'https://example.org/ml-1', source: 'AFP',
  events: [{
    date: '2024-04-02', dateQuote: 'on Tuesday', sub: 'Armed clash', typeQuote: 'Fighting',
    actor1: { name: 'Military Forces of Mali (2021-)', kind: 'state_forces', quote: 'Malian army' },
    actor2: { name: 'JNIM: Group for Support of Islam and Muslims', kind: 'rebel_group', quote: 'JNIM militants' },
    place: { name: 'Gao', admin1: 'Gao', country: 'Mali', iso2: 'ML', lat: 16.2717, lon: -0.0447, quote: 'Gao' },
    fatalities: { value: 9, quote: 'killed 9' },
  }],
});

/** A seeded store in a temp dir, and its cleanup. */
export interface Seeded {
  store: EventStore;
  path: string;
  cleanup: () => Promise<void>;
}

/** Open a fresh temp store holding sudan, ukraine, mali and the hostile article. */
export async function seedStore(): Promise<Seeded> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-api-'));
  const path = join(dir, 'test.db');
  const store = openStore({ path });
  const res = await store.saveMany([sudan(), ukraine(), mali(), hostile()].map((x) => ({ x, meta: META })));
  const bad = res.find((r) => r.status === 'error');
  if (bad) throw new Error(`seed failed: ${JSON.stringify(bad)}`);
  return {
    store, path,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
