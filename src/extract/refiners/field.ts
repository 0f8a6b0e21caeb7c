/**
 * Field construction shared by the refiners: every value carries its span, stage, rule and basis.
 */
import type { Actor, Field, Place, Span } from '../../core/types.ts';
import type { PlaceCandidate } from '../../geocode/types.ts';
import { fillCountry } from '../demonyms.ts';
import type { ActorMention } from '../mentions.ts';

export const STAGE = 'resolve';

export const field = <T>(value: T, span: Span | null, rule: string, basis: 'stated' | 'inferred' = 'stated'): Field<T> => ({ value, span, stage: STAGE, rule, basis });

/**
 * An actor mention as a field, its "?" country placeholder filled with `country` (or dropped, also
 * when the mention's owner must be stated: see `ActorMention.ownerFromContext`).
 */
export function qualify(m: ActorMention | null, context: string | null): Field<Actor> | null {
  if (!m) return null;
  const country = m.ownerFromContext === false ? null : context;
  const actor = m.actor.name.includes('(?)') || m.actor.name.endsWith(' of ?')
    ? { ...m.actor, country, name: country ? fillCountry(m.actor.name.replace('?', '{country}'), country) : m.actor.name.replace(/ \(\?\)| of \?/, '') }
    : m.actor;
  return field(actor, m.span, m.rule, m.countryStated || m.named ? 'stated' : 'inferred');
}

/** A gazetteer candidate as an event's place (its ranking data dropped), at `precision` (default its own). */
export const placeOf = (c: PlaceCandidate, precision: Place['precision'] = c.precision): Place => ({
  name: c.name, admin1: c.admin1, country: c.country, iso2: c.iso2, latitude: c.latitude, longitude: c.longitude, precision,
});
