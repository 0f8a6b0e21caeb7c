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
    // 2024-06-05 is a Wednesday: an abbreviated weekday with its full stop is the Saturday before.
    ['On Sat. 4 soldiers died.', '2024-06-05', '2024-06-01', 'day'],
    ['Mon 3 June: two killed in a raid.', '2024-06-05', '2024-06-03', 'day'],
    // A day and month without a year, after the article's date: last year's.
    ['Fighters stormed the base on 4 November.', '2024-09-16', '2023-11-04', 'day'],
    // "the night of …" is that date (chrono alone read a time of day and fell back to the article's).
    ['A bomb exploded on the night of June 9 near Gao.', '2025-06-12', '2025-06-09', 'day'],
    // "for a third night": a count of days, which chrono read as a time of day, dropping the weekday.
    ['Protesters clashed with police for a third night on Tuesday.', '2025-03-12', '2025-03-11', 'day'],
    ['Shelling resumed in the early hours of 3 March.', '2025-03-05', '2025-03-03', 'day'],
    // A span of hours is not a date: the weekday after it is ("within an hour" read as today).
    ['Within an hour, a second bomb went off in Baghdad on Tuesday.', '2025-10-01', '2025-09-30', 'day'],
    ['Two hours later, a second blast hit the market on Monday.', '2025-10-01', '2025-09-29', 'day'],
  ])('%s (ref %s) → %s', (text, ref, date, precision) => {
    const [d] = recognizeDates(sentence(text), ref);
    expect(d).toMatchObject({ date, precision });
  });

  it('relative phrases stay unresolved without a reference date', () => {
    expect(recognizeDates(sentence('Early Monday, the group attacked.'), null)).toEqual([]);
  });

  it('the start of a span ("since Thursday") is not when anything happened', () => {
    expect(recognizeDates(sentence('At least 17 peacekeepers have been killed in the fighting since Thursday.'), '2025-01-27')).toEqual([]);
    expect(recognizeDates(sentence('Fighting has raged since 3 March.'), '2025-04-01')).toEqual([]);
  });

  it('bare clock times are not dates', () => {
    expect(recognizeDates(sentence('The siren sounded at 23:35.'), '2024-04-01')).toEqual([]);
  });

  it.each([
    ['Fighters crossed the sun-baked plain, killing 3 people.'], // "sun" is not Sunday
    ['The Sun reported 5 dead in the raid.'], // nor is a newspaper
    ['The siege has lasted for several weeks and 40 people died.'], // a duration resolves into the future
    ['Elections are planned for 20 July 2024, officials said on 3 May.'], // a plan is not a dated event
  ])('no event date in: %s', (text) => {
    expect(recognizeDates(sentence(text), '2024-06-05').map((d) => d.date).filter((d) => d > '2024-06-06' || d === '2024-06-02')).toEqual([]);
  });
});
