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
  return Math.round(Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS);
}

/** `YYYY-MM-DD` shifted by `days`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
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
