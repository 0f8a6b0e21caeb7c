/** Date helpers: every reader turns its dates into `YYYY-MM-DD` here. */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** The `YYYY-MM-DD` for a calendar day, or null when the day does not exist (2024-02-30). */
export function ymd(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > days ? null : `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** True when `s` is exactly a valid `YYYY-MM-DD` calendar date. */
export function isIsoDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && ymd(+m[1], +m[2], +m[3]) !== null;
}

/**
 * Strict date for structured input (JSON/JSONL): `YYYY-MM-DD` or an ISO 8601 timestamp
 * starting with one. The day is kept as written (no time-zone conversion). Null if invalid.
 */
export function strictDay(s: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d{2}:\d{2})/.exec(s.trim());
  return m ? ymd(+m[1], +m[2], +m[3]) : null;
}

/**
 * Lenient date for scraped metadata: ISO (day kept as written), RFC 822 (`Tue, 05 Mar 2024
 * 08:00:00 GMT`, day as written), `20240305`, else whatever `Date` parses (local calendar day).
 * Null when nothing fits.
 */
export function looseDay(raw: string | undefined | null): string | null {
  const s = raw?.trim();
  if (!s) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return ymd(+iso[1], +iso[2], +iso[3]);
  const compact = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(s);
  if (compact) return ymd(+compact[1], +compact[2], +compact[3]);
  const rfc = /(?:^|[\s,])(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4}|\d{2})\b/.exec(s);
  if (rfc) {
    const mon = MONTHS.indexOf(rfc[2].toLowerCase());
    const y = rfc[3].length === 2 ? 2000 + +rfc[3] : +rfc[3];
    if (mon >= 0) return ymd(y, mon + 1, +rfc[1]);
  }
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : ymd(d.getFullYear(), d.getMonth() + 1, d.getDate());
}
