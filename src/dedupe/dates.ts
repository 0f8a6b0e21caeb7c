/** Date windows for event merging, by date precision (see `compat.ts` for the full rule). */

const RANK: Record<string, number> = { day: 0, week: 1, month: 2, year: 3, unknown: 4 };
const WINDOW_DAYS: Record<string, number> = { day: 1, week: 7 };
const DAY_MS = 86_400_000;

/** Days any merge window can span; the candidate query searches ± this around a report's date. */
export const MAX_WINDOW_DAYS = 31;

/** How two reports' dates compare. `exactOnly`: too vague to merge on dates alone. */
export interface DateWindow {
  ok: boolean;
  exactOnly: boolean;
  /** Absolute difference in days (0 when unknown). */
  days: number;
  text: string;
}

/** The coarser of two date precisions ('day' < 'week' < 'month' < 'year' < 'unknown'). */
export function coarser(a: string, b: string): string {
  return (RANK[a] ?? 4) >= (RANK[b] ?? 4) ? a : b;
}

/** Whole days between two `YYYY-MM-DD` dates. */
export function daysBetween(a: string, b: string): number {
  return Math.abs(dayNumber(a) - dayNumber(b));
}

/** `YYYY-MM-DD` shifted by `days`. */
export function addDays(date: string, days: number): string {
  return civilDate(dayNumber(date) + days);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const digits = (s: string, from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
};

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` date, proleptic Gregorian (H. Hinnant's
 * days_from_civil: integer arithmetic, no Date object — the merge window computes two per report).
 * Anything else goes through `Date.parse` (NaN when unparseable).
 */
export function dayNumber(date: string): number {
  if (!ISO_DAY.test(date)) return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
  const m = digits(date, 5, 7);
  const d = digits(date, 8, 10);
  const y = digits(date, 0, 4) - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The `YYYY-MM-DD` of a day number (inverse of {@link dayNumber}; civil_from_days). */
export function civilDate(days: number): string {
  if (!Number.isFinite(days)) return new Date(NaN).toISOString(); // throws RangeError, as Date did
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0 || y > 9999) return new Date(days * DAY_MS).toISOString().slice(0, 10);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Compare two reported dates under the coarser of their precisions. */
export function dateVerdict(a: string | null, pa: string, b: string | null, pb: string): DateWindow {
  const p = a === null || b === null ? 'unknown' : coarser(pa, pb);
  const shown = `dates ${a ?? '?'}/${b ?? '?'}`;
  if (a === null || b === null || p === 'year' || p === 'unknown') {
    return { ok: false, exactOnly: true, days: 0, text: `${shown} (precision ${p})` };
  }
  const days = daysBetween(a, b);
  if (p === 'month') {
    const ok = a.slice(0, 7) === b.slice(0, 7);
    return { ok, exactOnly: false, days, text: `${shown} (${ok ? 'same month' : 'different months'}, precision month)` };
  }
  const w = WINDOW_DAYS[p] ?? 1;
  return { ok: days <= w, exactOnly: false, days, text: `${shown} (window ±${w} day${w === 1 ? '' : 's'}${days > w ? `, ${days} apart` : ''})` };
}
