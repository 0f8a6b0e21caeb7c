/**
 * The flat event record of `../shared/eval/README.md`: what `extract --format eval` prints and the
 * scorer reads. Framing never reaches these fields: they are canonical names and vocabulary values.
 */
import type { ExtractedEvent } from '../core/types.ts';

export interface FlatEvent {
  date: string | null;
  date_precision: string;
  background: boolean;
  event_type: string;
  sub_event_type: string;
  actor1: string | null;
  actor1_kind: string | null;
  actor2: string | null;
  actor2_kind: string | null;
  country: string | null;
  admin1: string | null;
  location: string | null;
  latitude: number | null;
  longitude: number | null;
  geo_precision: number | null;
  weapon: string | null;
  fatalities: number | null;
  injured: number | null;
  certainty: string;
  claims: { role: string; claimant: string; statement: string }[];
}

export function flattenEvent(e: ExtractedEvent): FlatEvent {
  return {
    date: e.date.value,
    date_precision: e.datePrecision,
    background: e.background,
    event_type: e.eventType.value,
    sub_event_type: e.subEventType.value,
    actor1: e.actor1?.value.name ?? null,
    actor1_kind: e.actor1?.value.kind ?? null,
    actor2: e.actor2?.value.name ?? null,
    actor2_kind: e.actor2?.value.kind ?? null,
    country: e.place?.value.country ?? null,
    admin1: e.place?.value.admin1 ?? null,
    location: e.place?.value.name ?? null,
    latitude: e.place?.value.latitude ?? null,
    longitude: e.place?.value.longitude ?? null,
    geo_precision: e.place?.value.precision ?? null,
    weapon: e.weapon?.value ?? null,
    fatalities: e.fatalities.value,
    injured: e.injured.value,
    certainty: e.certainty,
    claims: e.claims.map((c) => ({ role: c.role, claimant: c.claimant, statement: c.statement })),
  };
}
