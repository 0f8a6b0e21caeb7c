/** `sitrep geocode "PLACE" [--context TEXT] [--country ISO2,...] [--format json|table]`: look a place name up offline. */
import { defineCommand } from 'citty';
import { alignColumns } from '../../app/format.ts';
import { createGeocoder } from '../../geocode/geocoder.ts';
import type { PlaceCandidate } from '../../geocode/types.ts';

/** The fields printed for each candidate. */
function brief(c: PlaceCandidate) {
  return {
    name: c.name, admin1: c.admin1, country: c.country, iso2: c.iso2, latitude: c.latitude, longitude: c.longitude,
    precision: c.precision, kind: c.kind, score: Math.round(c.score * 1000) / 1000, id: c.id,
  };
}

function table(cands: PlaceCandidate[]): string {
  const rows = cands.map((c, i) => [String(i + 1), c.name, c.admin1 ?? '', c.country, `${c.latitude.toFixed(4)},${c.longitude.toFixed(4)}`,
    String(c.precision), c.kind, c.score.toFixed(2)]);
  return alignColumns(['#', 'name', 'admin1', 'country', 'lat,lon', 'prec', 'kind', 'score'], rows);
}

export default defineCommand({
  meta: { name: 'geocode', description: 'Look up a place name in the offline gazetteer' },
  args: {
    place: { type: 'positional', description: 'Place name, e.g. "Khan Younis", "Gaza - Shujaiyya", "20 km south of Kharkiv"', required: true },
    context: { type: 'string', description: 'Text around the name (countries and places in it guide the choice)' },
    country: { type: 'string', description: 'Comma-separated ISO2 codes the place is likely in, e.g. LB' },
    format: { type: 'enum', options: ['json', 'table'], default: 'json', description: 'Output format' },
    limit: { type: 'string', default: '5', description: 'Maximum number of alternatives' },
  },
  run({ args }) {
    const geocoder = createGeocoder();
    const countries = args.country ? args.country.split(',').map((s) => s.trim()).filter(Boolean) : undefined;
    const cands = geocoder.lookup(args.place, { text: args.context, countries });
    if (!cands.length) {
      console.error(`sitrep geocode: no place found for "${args.place}" (gazetteer ${geocoder.version})`);
      process.exitCode = 1;
      return;
    }
    const limit = Math.max(0, Number.parseInt(args.limit, 10) || 5);
    if (args.format === 'table') {
      console.log(table(cands.slice(0, limit + 1)));
      return;
    }
    const [best, ...rest] = cands;
    console.log(JSON.stringify({ query: args.place, best: brief(best), alternatives: rest.slice(0, limit).map(brief), gazetteer: geocoder.version }, null, 2));
  },
});
