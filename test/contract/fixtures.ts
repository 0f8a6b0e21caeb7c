/** Hand-built Extraction fixtures for store tests. Spans are found by quoting the text. */
import { eventTypeOf, type ActorKind, type Certainty, type ClaimRole, type DatePrecision, type ExtractedEvent, type Extraction, type Field, type Span, type SubEventType, type Weapon } from '../../src/core/types.ts';

/** `[start, end)` of the first occurrence of `quote` in `text`; throws if absent. */
export function spanOf(text: string, quote: string): Span {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture: "${quote}" not in text`);
  return { start, end: start + quote.length };
}

/** One event, described by quotes into the article text. */
export interface EventSpec {
  date: string | null;
  dateQuote?: string;
  datePrecision?: DatePrecision;
  sub: SubEventType;
  typeQuote: string;
  background?: boolean;
  actor1?: { name: string; kind: ActorKind; quote: string };
  actor2?: { name: string; kind: ActorKind; quote: string };
  place?: { name: string; admin1: string | null; country: string; iso2: string; lat: number; lon: number; quote: string };
  weapon?: { value: Weapon; quote: string };
  fatalities?: { value: number; quote: string };
  injured?: { value: number; quote: string };
  claims?: Array<{ role: ClaimRole; claimant: string; statement: string; quote: string }>;
  certainty?: Certainty;
}

/** Options for {@link makeExtraction}. */
export interface ExtractionSpec {
  id: string;
  date: string | null;
  text: string;
  title?: string;
  url?: string;
  source?: string;
  events: EventSpec[];
  framing?: Array<{ term: string; category: string }>;
}

function field<T>(value: T, text: string, quote: string | undefined, rule: string): Field<T> {
  return { value, span: quote === undefined ? null : spanOf(text, quote), stage: 'test', rule, basis: quote === undefined ? 'inferred' : 'stated' };
}

/** Build an Extraction from one options object. */
export function makeExtraction(o: ExtractionSpec): Extraction {
  const t = o.text;
  const events: ExtractedEvent[] = o.events.map((e, index) => ({
    index,
    date: field(e.date, t, e.dateQuote, 'date.test'),
    datePrecision: e.datePrecision ?? 'day',
    background: e.background ?? false,
    eventType: field(eventTypeOf(e.sub), t, e.typeQuote, 'type.test'),
    subEventType: field(e.sub, t, e.typeQuote, 'subtype.test'),
    actor1: e.actor1 ? field({ name: e.actor1.name, kind: e.actor1.kind, country: null }, t, e.actor1.quote, 'actor.test') : null,
    actor2: e.actor2 ? field({ name: e.actor2.name, kind: e.actor2.kind, country: null }, t, e.actor2.quote, 'actor.test') : null,
    place: e.place
      ? field({ name: e.place.name, admin1: e.place.admin1, country: e.place.country, iso2: e.place.iso2, latitude: e.place.lat, longitude: e.place.lon, precision: 1 as const }, t, e.place.quote, 'place.test')
      : null,
    weapon: e.weapon ? field(e.weapon.value, t, e.weapon.quote, 'weapon.test') : null,
    fatalities: field(e.fatalities?.value ?? null, t, e.fatalities?.quote, 'fatalities.test'),
    injured: field(e.injured?.value ?? null, t, e.injured?.quote, 'injured.test'),
    claims: (e.claims ?? []).map((c) => ({ role: c.role, claimant: c.claimant, statement: c.statement, span: spanOf(t, c.quote) })),
    certainty: e.certainty ?? 'reported',
    sentences: [{ start: 0, end: t.length }],
  }));
  return {
    article: { id: o.id, date: o.date, text: t, title: o.title, url: o.url, source: o.source, lang: 'en', origin: { path: `fixture:${o.id}` } },
    events,
    framing: (o.framing ?? []).map((f) => ({ ...f, span: spanOf(t, f.term) })),
  };
}

/** Provenance for fixture saves. */
export const META = { extractorVersion: 'x-test', gazetteerVersion: 'g-test', ingestedAt: '2024-06-01T00:00:00.000Z' } as const;

const SUDAN = 'KHARTOUM, March 10 (Reuters) - An air strike by the Sudanese Armed Forces killed 12 civilians in Omdurman on Sunday, medics said. The RSF claimed it shot down a drone over the city. The attack follows heavy clashes in El Fasher last week.';
const UKRAINE = 'Russian missiles hit Kharkiv overnight, killing 3 people and injuring 15, regional governor Oleh Syniehubov said. Separately, hundreds of protesters rallied peacefully in Kyiv on Wednesday.';

/** Sudan: a stated air strike (12 killed, one claim) and a background battle. */
export const sudan = (): Extraction => makeExtraction({
  id: 'sd-1', date: '2024-03-10', text: SUDAN, title: 'Air strike kills 12 in Omdurman', url: 'https://example.org/sd-1', source: 'Reuters',
  framing: [{ term: 'heavy clashes', category: 'intensity' }],
  events: [
    {
      date: '2024-03-10', dateQuote: 'on Sunday', sub: 'Air/drone strike', typeQuote: 'air strike',
      actor1: { name: 'Military Forces of Sudan (2019-)', kind: 'state_forces', quote: 'Sudanese Armed Forces' },
      actor2: { name: 'Civilians (Sudan)', kind: 'civilians', quote: 'civilians' },
      place: { name: 'Omdurman', admin1: 'Khartoum', country: 'Sudan', iso2: 'SD', lat: 15.6445, lon: 32.4777, quote: 'Omdurman' },
      weapon: { value: 'aircraft', quote: 'air strike' }, fatalities: { value: 12, quote: 'killed 12' }, certainty: 'stated',
      claims: [{ role: 'claimed', claimant: 'RSF', statement: 'it shot down a drone over the city', quote: 'The RSF claimed it shot down a drone over the city.' }],
    },
    {
      date: '2024-03-03', dateQuote: 'last week', datePrecision: 'week', sub: 'Armed clash', typeQuote: 'clashes', background: true,
      place: { name: 'El Fasher', admin1: 'North Darfur', country: 'Sudan', iso2: 'SD', lat: 13.6279, lon: 25.3494, quote: 'El Fasher' },
    },
  ],
});

/** Ukraine: a missile attack on Kharkiv (3 killed, 15 injured) and a peaceful protest in Kyiv. */
export const ukraine = (): Extraction => makeExtraction({
  id: 'ua-1', date: '2024-05-02', text: UKRAINE, title: 'Missiles hit Kharkiv', url: 'https://example.org/ua-1', source: 'AP',
  events: [
    {
      date: '2024-05-02', dateQuote: 'overnight', sub: 'Shelling/artillery/missile attack', typeQuote: 'missiles hit',
      actor1: { name: 'Military Forces of Russia (2000-)', kind: 'state_forces', quote: 'Russian' },
      place: { name: 'Kharkiv', admin1: 'Kharkiv', country: 'Ukraine', iso2: 'UA', lat: 49.9935, lon: 36.2304, quote: 'Kharkiv' },
      weapon: { value: 'missile', quote: 'missiles' }, fatalities: { value: 3, quote: 'killing 3' }, injured: { value: 15, quote: 'injuring 15' },
      claims: [{ role: 'reported', claimant: 'Oleh Syniehubov', statement: 'killing 3 people and injuring 15', quote: 'killing 3 people and injuring 15' }],
    },
    {
      date: '2024-05-01', dateQuote: 'on Wednesday', sub: 'Peaceful protest', typeQuote: 'rallied peacefully',
      actor1: { name: 'Protesters (Ukraine)', kind: 'protesters', quote: 'protesters' },
      place: { name: 'Kyiv', admin1: 'Kyiv City', country: 'Ukraine', iso2: 'UA', lat: 50.4501, lon: 30.5234, quote: 'Kyiv' },
      fatalities: { value: 0, quote: 'peacefully' },
    },
  ],
});
