/**
 * Demonyms ("Israeli", "Russian", "Congolese") → country, used to qualify generic actors
 * ("Israeli soldiers" → Military Forces of Israel). Built from the `world-countries` package
 * (ODbL, mledoze/countries) plus the forms news uses that it lacks.
 */
import { createRequire } from 'node:module';
import { execAll, loadLexiconFile } from './lexicon.ts';

export interface CountryRef {
  /** ACLED English short name. */
  name: string;
  iso2: string;
  /** Its capital's English name (world-countries), when it has one. */
  capital?: string;
}

interface WorldCountry {
  cca2: string;
  capital?: string[];
  unMember?: boolean;
  name: { common: string };
  demonyms?: { eng?: { m?: string; f?: string } };
}

/**
 * Demonyms news uses that world-countries lists differently or not at all. "Congolese" is listed for
 * both Congos there; conflict reporting almost always means the DRC.
 */
const EXTRA: Record<string, string> = { Emirati: 'AE', Saudi: 'SA', Burkinabe: 'BF', Congolese: 'CD', Dominican: 'DO', Myanmar: 'MM', Gazan: 'PS', Philippine: 'PH' };

/** Country names written with "the" after "of" in ACLED actor names ("Military Forces of the United States"). */
const WITH_THE = /^(?:United |Democratic Republic|Central African Republic|Republic of|Dominican Republic|Czech Republic|(?:Philippines|Netherlands|Bahamas|Maldives|Comoros|Solomon Islands|Marshall Islands)$)/;

/** `template` ("Military Forces of {country}") filled with `country`, with "the" where ACLED writes it. */
export function fillCountry(template: string, country: string): string {
  return template.replace(/(\bof )?\{country\}/, (_, of: string | undefined) => `${of ?? ''}${of && WITH_THE.test(country) ? 'the ' : ''}${country}`);
}

export interface DemonymIndex {
  byIso2: Map<string, CountryRef>;
  byName: Map<string, CountryRef>;
  byDemonym: Map<string, CountryRef>;
  /** Alternation of every demonym (longest first) for building regexes. */
  pattern: string;
  /** Alternation of every country name (longest first). */
  namePattern: string;
  /** Capitals standing for their state ("Moscow's forces", "the Kyiv regime's troops"), lower-case. */
  byCapital: Map<string, CountryRef>;
  /** Alternation of every capital's name (longest first). */
  capitalPattern: string;
  /** Case-sensitive country abbreviations ("US", "U.K.") from `country-abbreviations.tsv`: group 1 the form. */
  abbreviationRe: RegExp;
  byAbbreviation: Map<string, CountryRef>;
  /** Country names and demonyms, for a quick article-wide scan of the countries it is about. */
  countryRe: RegExp;
}

/** ISO2 codes of the countries an article names or qualifies ("Sudan", "Sudanese"), most mentioned first. */
export function articleCountries(text: string, index: DemonymIndex): string[] {
  const n = new Map<string, number>();
  for (const m of execAll(index.countryRe, text)) {
    const key = m[0].toLowerCase().replace(/s$/, '');
    const ref = index.byName.get(m[0].toLowerCase()) ?? index.byDemonym.get(key) ?? index.byDemonym.get(m[0].toLowerCase());
    if (ref) n.set(ref.iso2, (n.get(ref.iso2) ?? 0) + 1);
  }
  return [...n.entries()].sort((a, b) => b[1] - a[1]).map(([iso2]) => iso2);
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
  // A demonym several entries share ("American": the US and the Northern Mariana Islands; "French":
  // France and its southern lands) goes to the UN member state, else to the first listed.
  const sovereign = new Set<string>();
  for (const c of countries) {
    const ref: CountryRef = { name: acled.get(c.cca2) ?? c.name.common, iso2: c.cca2, ...(c.capital?.[0] ? { capital: c.capital[0] } : {}) };
    byIso2.set(c.cca2, ref);
    byName.set(ref.name.toLowerCase(), ref);
    byName.set(c.name.common.toLowerCase(), ref);
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      for (const form of (d ?? '').split(',').map((x) => x.trim()).filter(Boolean)) {
        const key = form.toLowerCase();
        if (!byDemonym.has(key) || (c.unMember && !sovereign.has(key))) {
          byDemonym.set(key, ref);
          if (c.unMember) sovereign.add(key);
        }
      }
    }
  }
  for (const [form, iso2] of Object.entries(EXTRA)) byDemonym.set(form.toLowerCase(), byIso2.get(iso2)!);
  const forms = [...byDemonym.keys()].filter((f) => /^[a-z][a-z \-']+$/.test(f)).sort((a, b) => b.length - a.length);
  const pattern = forms.map((f) => f.replace(/[-']/g, '\\$&')).join('|');
  const names = [...byName.keys()].filter((f) => /^[a-z][a-z \-']+$/.test(f)).sort((a, b) => b.length - a.length).map((f) => f.replace(/[-']/g, '\\$&'));
  const namePattern = names.join('|');
  const countryRe = new RegExp(`(?<![\\w-])(?:${namePattern}|(?:${pattern})s?)(?![\\w-])`, 'gi');
  const byAbbreviation = new Map<string, CountryRef>();
  for (const r of loadLexiconFile('country-abbreviations.tsv', dataDir)) {
    const ref = byIso2.get(r.iso2!);
    if (!ref) throw new Error(`country-abbreviations.tsv: unknown iso2 '${r.iso2}'`);
    for (const form of r.forms!.split('|').filter(Boolean)) byAbbreviation.set(form, ref);
  }
  const abbrevs = [...byAbbreviation.keys()].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.]/g, '\\.'));
  // Never inside a word or a dotted abbreviation; "U.S." may end a sentence, so no lookahead for "."
  const abbreviationRe = new RegExp(`(?<![\\w.])(${abbrevs.join('|') || '(?!)'})(?![\\w])`, 'g');
  const byCapital = new Map<string, CountryRef>();
  for (const ref of byIso2.values()) if (ref.capital && !byCapital.has(ref.capital.toLowerCase())) byCapital.set(ref.capital.toLowerCase(), ref);
  const capitalPattern = [...byCapital.keys()].filter((f) => /^[a-z][a-z \-']+$/.test(f)).sort((a, b) => b.length - a.length).map((f) => f.replace(/[-']/g, '\\$&')).join('|');
  return { byIso2, byName, byDemonym, pattern, namePattern, byCapital, capitalPattern, countryRe, abbreviationRe, byAbbreviation };
}
