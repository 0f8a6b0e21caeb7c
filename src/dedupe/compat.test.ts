import { describe, expect, it } from 'vitest';
import { combineSources, figureRange } from './combine.ts';
import { compatible, normaliseActor, type MergeView } from './compat.ts';

const KHARKIV = { name: 'Kharkiv', admin1: 'Kharkiv Oblast', iso2: 'UA', lat: 49.9935, lon: 36.2304, precision: 1 };
const BASE: MergeView = {
  eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack', background: false,
  date: '2024-05-02', datePrecision: 'day', place: KHARKIV, actor1: 'Military Forces of Russia (2000-)', actor2: 'Civilians (Ukraine)',
};
const at = (dLat: number, precision = 1): MergeView['place'] => ({ ...KHARKIV, lat: KHARKIV.lat + dLat, precision });

const CASES: Array<[string, Partial<MergeView>, Partial<MergeView>, boolean, RegExp]> = [
  ['identical', {}, {}, true, /same type Shelling.*0\.0 km apart \(limit 10 km, precision 1\); dates 2024-05-02\/2024-05-02 \(window ±1 day\); actor1 match/],
  ['next day', {}, { date: '2024-05-03' }, true, /window ±1 day/],
  ['three days apart', {}, { date: '2024-05-05' }, false, /window ±1 day, 3 apart/],
  ['week precision, 6 days', { datePrecision: 'week' }, { date: '2024-05-08' }, true, /window ±7 days/],
  ['same month', { datePrecision: 'month', date: '2024-05-01' }, { date: '2024-05-28' }, true, /same month/],
  ['different month', { datePrecision: 'month', date: '2024-05-01' }, { date: '2024-06-01' }, false, /different months/],
  ['8.9 km at precision 1', {}, { place: at(0.08) }, true, /8\.9 km apart \(limit 10 km/],
  ['13 km at precision 1', {}, { place: at(0.12) }, false, /13\.3 km apart \(limit 10 km/],
  ['13 km at precision 2', {}, { place: at(0.12, 2) }, true, /limit 25 km, precision 2/],
  ['region level, same admin1', {}, { place: { ...at(0.9, 3), name: 'Kharkiv Oblast' } }, true, /same admin1 Kharkiv Oblast/],
  ['region level, other admin1', {}, { place: { ...at(2, 3), admin1: 'Sumy Oblast' } }, false, /different admin1/],
  ['country level', {}, { place: { ...at(1, 3), admin1: null } }, true, /same country UA/],
  ['no place', {}, { place: null }, false, /no place/],
  ['different sub-type', {}, { subEventType: 'Air/drone strike' }, false, /different sub-event types/],
  ['generic sub-type', { eventType: 'Battles', subEventType: 'Armed clash' }, { eventType: 'Battles', subEventType: 'Government regains territory' }, true, /'Armed clash' is generic/],
  ['different type', {}, { eventType: 'Battles', subEventType: 'Armed clash' }, false, /different types/],
  ['background vs reported', {}, { background: true }, false, /background/],
  ['actor1 normalised', {}, { actor1: 'military forces of russia' }, true, /actor1 match/],
  ['actor1 missing on one side', {}, { actor1: null }, true, /actor1 'Military Forces of Russia \(2000-\)' on one side only/],
  ['actor1 differs', {}, { actor1: 'Military Forces of Ukraine (2019-)' }, false, /actor1 differs/],
  ['actor2 differs', {}, { actor2: 'Military Forces of Ukraine (2019-)' }, false, /actor2 differs/],
  ['unnamed group vs named group', { actor1: 'Unidentified Armed Group (Nigeria)' }, { actor1: 'Islamic State (West Africa)' }, true, /actor1 'Islamic State \(West Africa\)' named on one side only/],
  ['unowned forces vs a state\'s', { actor1: 'Military Forces' }, { actor1: 'Military Forces of Russia (2000-)' }, true, /named on one side only/],
  ['two unnamed groups of other names', { actor1: 'Unidentified Armed Group (Nigeria)' }, { actor1: 'Unidentified Gang (Nigeria)' }, false, /actor1 differs/],
  ['unknown dates, all else exact', { date: null, datePrecision: 'unknown' }, { date: null, datePrecision: 'unknown' }, true, /precision unknown/],
  ['unknown dates, actor missing', { date: null, datePrecision: 'unknown' }, { date: null, datePrecision: 'unknown', actor2: null }, false, /exact match/],
  ['unknown vs dated', { date: null, datePrecision: 'unknown' }, { date: '2024-05-02', datePrecision: 'day' }, false, /exact match/],
  ['year precision, same year', { datePrecision: 'year', date: '2024-01-01' }, { date: '2024-05-02' }, false, /precision year/],
];

describe('compatible()', () => {
  it.each(CASES)('%s', (_name, a, b, ok, reason) => {
    const v = compatible({ ...BASE, ...a }, { ...BASE, ...a, ...b });
    expect(v.ok).toBe(ok);
    expect(v.reason).toMatch(reason);
    expect(compatible({ ...BASE, ...a, ...b }, { ...BASE, ...a }).ok).toBe(ok); // symmetric
  });

  it('normalises actor names', () => {
    expect(normaliseActor('Military Forces of Sudan (2019-)')).toBe('military forces of sudan');
    expect(normaliseActor(' (x) ')).toBeNull();
  });
});

describe('figureRange()', () => {
  const r = (...pairs: Array<[string, number | null]>) => figureRange(pairs.map(([rootId, value]) => ({ rootId, value })));
  it.each([
    ['none reported', r(['a', null]), { low: null, best: null, high: null }],
    ['single', r(['a', 4]), { low: 4, best: 4, high: 4 }],
    ['most reported wins', r(['a', 4], ['b', 5], ['c', 4]), { low: 4, best: 4, high: 5 }],
    ['a copy repeating its original adds no vote', r(['a', 5], ['a', 5], ['b', 4], ['c', 4], ['d', 5]), { low: 4, best: 4, high: 5 }],
    ['tie → lower median', r(['a', 3], ['b', 10], ['c', 6]), { low: 3, best: 6, high: 10 }],
    ['even tie → lower middle', r(['a', 3], ['b', 10]), { low: 3, best: 3, high: 10 }],
  ])('%s', (_n, got, want) => expect(got).toEqual(want));
});

describe('combineSources()', () => {
  it('takes a named actor over an unnamed one, whichever source came first', () => {
    const facts = (actor1: string) => ({
      date: '2024-05-02', datePrecision: 'day' as const, background: false, eventType: 'Explosions/Remote violence', subEventType: 'Suicide bomb',
      actor1: { name: actor1, kind: 'rebel_group' as const, country: 'Nigeria' }, actor2: null, place: null, weapon: null, fatalities: null, injured: null,
    });
    const row = combineSources([
      { articleId: 'a', rootId: 'a', facts: facts('Unidentified Armed Group (Nigeria)') },
      { articleId: 'b', rootId: 'b', facts: facts('Islamic State (West Africa)') },
    ]);
    expect(row.actor1).toBe('Islamic State (West Africa)');
  });
});
