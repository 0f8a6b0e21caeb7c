/**
 * Demonyms ("Israeli", "Russian", "Congolese") → country, used to qualify generic actors
 * ("Israeli soldiers" → Military Forces of Israel). Built from the `world-countries` package
 * (ODbL, mledoze/countries) plus the forms news uses that it lacks.
 */
import { createRequire } from 'node:module';

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

/** world-countries' common names that ACLED writes differently. */
const ACLED_NAMES: Record<string, string> = {
  CD: 'Democratic Republic of Congo', CG: 'Republic of Congo', CZ: 'Czech Republic', TR: 'Turkey',
  SZ: 'eSwatini', TL: 'East Timor', CV: 'Cape Verde', VA: 'Vatican City', MK: 'North Macedonia',
};

/** Extra demonyms: plural-free forms news uses that world-countries does not list. */
const EXTRA: Record<string, string> = {
  Emirati: 'AE', Saudi: 'SA', Yemeni: 'YE', Somali: 'SO', Sudanese: 'SD', Malian: 'ML', Nigerien: 'NE',
  Burkinabe: 'BF', Congolese: 'CD', Burmese: 'MM', Myanmar: 'MM', Kurdish: 'IQ', Gazan: 'PS', Lebanese: 'LB',
  Syrian: 'SY', Iraqi: 'IQ', Iranian: 'IR', Libyan: 'LY', Afghan: 'AF', Pakistani: 'PK', Ethiopian: 'ET',
  Chadian: 'TD', Cameroonian: 'CM', Mozambican: 'MZ', Colombian: 'CO', Mexican: 'MX', Haitian: 'HT',
  Azerbaijani: 'AZ', Armenian: 'AM', Georgian: 'GE', Belarusian: 'BY', Jordanian: 'JO', Egyptian: 'EG',
};

export interface DemonymIndex {
  byIso2: Map<string, CountryRef>;
  byName: Map<string, CountryRef>;
  byDemonym: Map<string, CountryRef>;
  /** Alternation of every demonym (longest first) for building regexes. */
  pattern: string;
}

/** Build the index once (in the extractor factory). */
export function loadDemonyms(): DemonymIndex {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as WorldCountry[];
  const byIso2 = new Map<string, CountryRef>();
  const byName = new Map<string, CountryRef>();
  const byDemonym = new Map<string, CountryRef>();
  for (const c of countries) {
    const ref = { name: ACLED_NAMES[c.cca2] ?? c.name.common, iso2: c.cca2 };
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
