/**
 * Demonyms ("Israeli", "Russian", "Congolese") → country, used to qualify generic actors
 * ("Israeli soldiers" → Military Forces of Israel). Built from the `world-countries` package
 * (ODbL, mledoze/countries) plus the forms news uses that it lacks.
 */
import { createRequire } from 'node:module';
import { loadLexiconFile } from './lexicon.ts';

export interface CountryRef {
  /** ACLED English short name. */
  name: string;
  iso2: string;
}

interface WorldCountry {
  cca2: string;
  name: { common: string };
  demonyms?: { eng?: { m?: string; f?: string } };
}

/**
 * Demonyms news uses that world-countries lists differently or not at all. "Congolese" is listed for
 * both Congos there; conflict reporting almost always means the DRC.
 */
const EXTRA: Record<string, string> = { Emirati: 'AE', Saudi: 'SA', Burkinabe: 'BF', Congolese: 'CD', Myanmar: 'MM', Gazan: 'PS' };

export interface DemonymIndex {
  byIso2: Map<string, CountryRef>;
  byName: Map<string, CountryRef>;
  byDemonym: Map<string, CountryRef>;
  /** Alternation of every demonym (longest first) for building regexes. */
  pattern: string;
}

/** Build the index once (in the extractor factory). */
export function loadDemonyms(dataDir?: string): DemonymIndex {
  // ACLED's short names where they differ from world-countries' (shared with the gazetteer build).
  const acled = new Map(loadLexiconFile('places-countries.tsv', dataDir).map((r) => [r.iso2!, r.acled_name!]));
  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as WorldCountry[];
  const byIso2 = new Map<string, CountryRef>();
  const byName = new Map<string, CountryRef>();
  const byDemonym = new Map<string, CountryRef>();
  for (const c of countries) {
    const ref = { name: acled.get(c.cca2) ?? c.name.common, iso2: c.cca2 };
    byIso2.set(c.cca2, ref);
    byName.set(ref.name.toLowerCase(), ref);
    byName.set(c.name.common.toLowerCase(), ref);
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      for (const form of (d ?? '').split(',').map((x) => x.trim()).filter(Boolean)) {
        if (!byDemonym.has(form.toLowerCase())) byDemonym.set(form.toLowerCase(), ref);
      }
    }
  }
  for (const [form, iso2] of Object.entries(EXTRA)) byDemonym.set(form.toLowerCase(), byIso2.get(iso2)!);
  const forms = [...byDemonym.keys()].filter((f) => /^[a-z][a-z \-']+$/.test(f)).sort((a, b) => b.length - a.length);
  return { byIso2, byName, byDemonym, pattern: forms.map((f) => f.replace(/[-']/g, '\\$&')).join('|') };
}
