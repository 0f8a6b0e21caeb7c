import { describe, expect, it } from 'vitest';
import { addDays, civilDate, dateVerdict, dayNumber, daysBetween } from './dates.ts';

const DAY = 86_400_000;
const viaDate = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

describe('day arithmetic', () => {
  it('agrees with Date for every day of 1899–2101 and shifts across months, leap days and years', () => {
    for (let t = Date.parse('1899-01-01T00:00:00Z'); t <= Date.parse('2101-12-31T00:00:00Z'); t += DAY) {
      const d = new Date(t).toISOString().slice(0, 10);
      if (dayNumber(d) !== t / DAY || civilDate(t / DAY) !== d) throw new Error(`day number of ${d}`);
    }
    for (const [d, n] of [['2024-02-28', 1], ['2024-02-28', 2], ['2023-02-28', 1], ['2000-02-29', 366], ['2024-12-25', 7],
      ['2025-01-03', -7], ['1900-03-01', -1], ['2024-03-31', -31], ['0001-01-01', 31], ['9999-12-01', 30]] as const) {
      expect(addDays(d, n)).toBe(viaDate(d, n));
    }
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-03-01', '2023-03-01')).toBe(366);
  });
  it('rejects what is not a date, as Date does', () => {
    expect(() => addDays('2024-1-5', 1)).toThrow(RangeError);
    expect(() => addDays('yesterday', 1)).toThrow(RangeError);
    expect(dateVerdict('2024-01-01', 'day', '2024-01-02', 'day')).toMatchObject({ ok: true, days: 1 });
  });
});
