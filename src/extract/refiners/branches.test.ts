import { describe, expect, it } from 'vitest';
import type { ExtractedEvent, Field } from '../../core/types.ts';
import { applyBranches, compileBranches } from './branches.ts';

const ACTORS = [
  { canonical: 'Islamic State (Iraq and Syria)', kind: 'rebel_group', country: 'Iraq' },
  { canonical: 'Islamic State (West Africa)', kind: 'rebel_group', country: 'Nigeria' },
];
const f = <T,>(value: T, rule = 'r'): Field<T> => ({ value, span: { start: 0, end: 1 }, stage: 'resolve', rule, basis: 'stated' });
const event = (country: string | null): ExtractedEvent => ({
  index: 0, date: f('2025-01-01'), datePrecision: 'day', background: false, eventType: f('Battles'), subEventType: f('Armed clash'),
  actor1: f({ name: 'Islamic State (Iraq and Syria)', kind: 'rebel_group', country: 'Iraq' }, 'actors.tsv:IS'), actor2: null,
  place: country ? f({ name: 'X', admin1: null, country, iso2: 'XX', latitude: 0, longitude: 0, precision: 1 }) : null,
  weapon: null, fatalities: f(null), injured: f(null), certainty: 'stated', sentences: [],
  claims: [{ role: 'claimed', claimant: 'Islamic State (Iraq and Syria)', statement: 's', span: { start: 0, end: 1 } }],
});

describe('actor branches', () => {
  const branches = compileBranches([{ actor: 'Islamic State (Iraq and Syria)', country: 'Nigeria', branch: 'Islamic State (West Africa)' }], ACTORS);

  it('codes the group as its branch in the event country, claimant too, keeping the evidence span', () => {
    const ev = applyBranches(event('Nigeria'), branches, null);
    expect(ev.actor1).toMatchObject({ value: { name: 'Islamic State (West Africa)', country: 'Nigeria' }, span: { start: 0, end: 1 }, rule: 'actors.tsv:IS actor-branches.tsv:Nigeria' });
    expect(ev.claims[0]!.claimant).toBe('Islamic State (West Africa)');
  });

  it('falls back to the article country when the event has no place, and leaves other countries alone', () => {
    expect(applyBranches(event(null), branches, 'Nigeria').actor1!.value.name).toBe('Islamic State (West Africa)');
    const iraq = event('Iraq');
    expect(applyBranches(iraq, branches, 'Nigeria')).toBe(iraq);
  });

  it('refuses a branch that is not a canonical actor', () => {
    expect(() => compileBranches([{ actor: 'Islamic State (Iraq and Syria)', country: 'Chad', branch: 'IS Chad' }], ACTORS)).toThrow(/row 1: "IS Chad"/);
  });

  it('applies a dated branch from its day on, and turns a detention by the new state\'s forces into an arrest', () => {
    const actors = [...ACTORS, { canonical: 'Taliban', kind: 'rebel_group', country: 'Afghanistan' }, { canonical: 'Military Forces of Afghanistan', kind: 'state_forces', country: 'Afghanistan' }];
    const dated = compileBranches([{ actor: 'Taliban', country: 'Afghanistan', branch: 'Military Forces of Afghanistan', from: '2021-08-15' }], actors);
    const detention = (date: string | null): ExtractedEvent => ({
      ...event('Afghanistan'), date: f(date), eventType: f('Violence against civilians', 'arrests+non-state-agent'),
      subEventType: f('Abduction/forced disappearance', 'triggers.tsv:40 arrests+non-state-agent'),
      actor1: f({ name: 'Taliban', kind: 'rebel_group', country: 'Afghanistan' }), claims: [],
    });
    const after = applyBranches(detention('2025-07-08'), dated, null);
    expect(after.actor1!.value).toEqual({ name: 'Military Forces of Afghanistan', kind: 'state_forces', country: 'Afghanistan' });
    expect([after.eventType.value, after.subEventType.value, after.subEventType.rule]).toEqual(['Strategic developments', 'Arrests', 'triggers.tsv:40 arrests+state-branch']);
    // Before the takeover, and with no date at all, the Taliban stay the Taliban.
    expect(applyBranches(detention('2021-08-14'), dated, null).actor1!.value.name).toBe('Taliban');
    expect(applyBranches(detention(null), dated, null).actor1!.value.name).toBe('Taliban');
    expect(() => compileBranches([{ actor: 'Taliban', country: 'Afghanistan', branch: 'Military Forces of Afghanistan', from: 'August 2021' }], actors)).toThrow(/from "August 2021"/);
  });
});

