import { describe, expect, it } from 'vitest';
import { isIsoDay, looseDay, strictDay } from './date.ts';
import { normaliseLine, normaliseText } from './normalise.ts';

describe('normaliseText', () => {
  it.each([
    ['a\r\nb\rc', 'a\nb\nc'],
    ['a\u00A0b\u202Fc', 'a b c'],
    ['\uFEFFKhar\u00ADkiv\u200B\u2060', 'Kharkiv'],
    ['\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645', '\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645'],
    ['  keep  inner   spacing \n', '  keep  inner   spacing \n'],
  ])('%j → %j', (input, out) => expect(normaliseText(input)).toBe(out));

  it('normaliseLine collapses whitespace', () => {
    expect(normaliseLine(' A\u00A0\n title\t ')).toBe('A title');
  });
});

describe('dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-1-01', false],
    ['2024-01-01T00:00:00Z', false],
  ])('isIsoDay(%j) = %j', (s, ok) => expect(isIsoDay(s)).toBe(ok));

  it.each([
    ['2024-04-05', '2024-04-05'],
    ['2024-04-05T23:59:00-05:00', '2024-04-05'],
    ['2024-04-05 01:00:00', '2024-04-05'],
    ['2024-04-31', null],
    ['5 April 2024', null],
    ['2024-04-05garbage', null],
  ])('strictDay(%j) = %j', (s, out) => expect(strictDay(s)).toBe(out));

  it.each([
    ['Mon, 10 Jun 2024 23:30:00 -0400', '2024-06-10'],
    ['Tue, 11 Jun 24 09:00:00 GMT', '2024-06-11'],
    ['2024-05-17T06:40:00+03:00', '2024-05-17'],
    ['20240517', '2024-05-17'],
    ['3 September 2023', '2023-09-03'],
    ['not a date', null],
    ['', null],
    [undefined, null],
  ])('looseDay(%j) = %j', (s, out) => expect(looseDay(s)).toBe(out));
});
