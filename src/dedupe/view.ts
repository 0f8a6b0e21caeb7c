/** {@link MergeView}s of a freshly extracted report and of a stored `events` row. */
import type { ExtractedEvent } from '../core/types.ts';
import type { MergeView } from './compat.ts';

/** The merge-relevant fields of one extracted event. */
export function viewOfExtracted(ev: ExtractedEvent): MergeView {
  const p = ev.place?.value ?? null;
  return {
    eventType: ev.eventType.value, subEventType: ev.subEventType.value, background: ev.background,
    date: ev.date.value, datePrecision: ev.date.value === null ? 'unknown' : ev.datePrecision,
    place: p ? { name: p.name, admin1: p.admin1, iso2: p.iso2, lat: p.latitude, lon: p.longitude, precision: p.precision } : null,
    actor1: ev.actor1?.value.name ?? null, actor2: ev.actor2?.value.name ?? null,
  };
}

/** The merge-relevant fields of a stored (possibly merged) event row. */
export function viewOfRow(r: Record<string, unknown>): MergeView {
  const located = typeof r.latitude === 'number' && typeof r.longitude === 'number';
  return {
    eventType: r.event_type as string, subEventType: r.sub_event_type as string, background: r.background === 1,
    date: (r.date as string | null) ?? null, datePrecision: r.date === null ? 'unknown' : (r.date_precision as string),
    place: located
      ? {
          name: (r.location as string | null) ?? '', admin1: (r.admin1 as string | null) ?? null, iso2: (r.iso2 as string | null) ?? '',
          lat: r.latitude as number, lon: r.longitude as number, precision: (r.geo_precision as number | null) ?? 3,
        }
      : null,
    actor1: (r.actor1 as string | null) ?? null, actor2: (r.actor2 as string | null) ?? null,
  };
}
