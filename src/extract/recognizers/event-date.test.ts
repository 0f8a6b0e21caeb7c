import { describe, expect, it } from 'vitest';
import { sentence } from '../../../test/helpers/extract.ts';
import { recognizeDates } from './event-date.ts';

describe('event-date', () => {
  it.each([
    // 2024-04-01 is a Monday.
    ['Early Monday, the group announced an attack.', '2024-04-01', '2024-04-01', 'day'],
    ['On Sunday night, shelling resumed.', '2024-04-01', '2024-03-31', 'day'],
    ['Yesterday a convoy was hit.', '2024-04-01', '2024-03-31', 'day'],
    // 2024-05-10 is a Friday: "on Monday" is the Monday before, not the one three days later.
    ['Militants ambushed a patrol on Monday.', '2024-05-10', '2024-05-06', 'day'],
    ['On 4 December 2024, fighters attacked.', '2025-01-10', '2024-12-04', 'day'],
    ['Last week, raids intensified.', '2024-04-01', '2024-03-25', 'week'],
    ['In March 2023 the town fell.', '2024-04-01', '2023-03-01', 'month'],
  ])('%s (ref %s) → %s', (text, ref, date, precision) => {
    const [d] = recognizeDates(sentence(text), ref);
    expect(d).toMatchObject({ date, precision });
  });

  it('relative phrases stay unresolved without a reference date', () => {
    expect(recognizeDates(sentence('Early Monday, the group attacked.'), null)).toEqual([]);
  });

  it('bare clock times are not dates', () => {
    expect(recognizeDates(sentence('The siren sounded at 23:35.'), '2024-04-01')).toEqual([]);
  });
});
