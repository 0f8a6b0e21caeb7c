/**
 * Event dates: written dates ("On 4 December 2024") and relative phrases ("early Monday",
 * "yesterday", "last week") resolved against the article's date with chrono-node.
 */
import * as chrono from 'chrono-node';
import type { DatePrecision } from '../../core/types.ts';
import type { DateMention } from '../mentions.ts';
import type { Sentence } from '../segment.ts';

const WEEKDAY = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b/i;
const RELATIVE = /\b(?:today|tonight|yesterday|tomorrow|ago|last|this|next|earlier|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
/** A match that is only an abbreviated weekday ("Sun", "on Sat"), with nothing else to date it. */
const BARE_ABBREVIATED_WEEKDAY = /^(?:on\s+)?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/i;

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * Dates in the sentence, resolved against `refDate` (YYYY-MM-DD; null → only absolute dates).
 * Bare times ("at 23:35") and bare numbers are not dates and are skipped.
 */
// chrono is the costliest recognizer: sentences with nothing date-like (no digit, month, weekday or
// relative word) are skipped before it runs.
const DATE_LIKE = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|day\b|\b(?:today|tonight|yesterday|tomorrow|ago|week|weekend|month|year|morning|evening|night|noon|midnight|dawn)\b/i;

const PART_OF_DAY_OF = /\b(?:night|morning|evening|afternoon|early hours|small hours) of (?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/gi;

/** "for a third night on Tuesday": a count of days, which chrono reads as a time and so drops the weekday. */
const NTH_DAY = /\bfor an?\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:(?:straight|consecutive|successive)\s+)?(?:day|night|week)\b/gi;

const SINCE_BEFORE = /\bsince\s+$/i;

const AFTER_ANOTHER = /\b(?:after|later|from now|hence)$/i;

const PART_OF_DAY_ONLY = /^(?:(?:earlier|later)\s+)?(?:in|during|of|by)\s+the\s+(?:day|night|morning|evening|afternoon)$/i;

const HOURS_ONLY = /^(?:within|in|for|after|over)?\s*(?:an?|one|two|three|four|five|six|\d+|a few|few|several|many)?\s*(?:hours?|minutes?|seconds?|hrs?|mins?)\b(?![^,.;]*\b(?:day|night|morning|evening|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i;

export function recognizeDates(s: Sentence, refDate: string | null): DateMention[] {
  if (!DATE_LIKE.test(s.text)) return [];
  const instant = refDate ? new Date(`${refDate}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  // "the night of June 9": chrono reads a time of day and drops the date; blank the words out
  // (same length, so offsets hold) and let it read "June 9".
  const text = s.text.replace(PART_OF_DAY_OF, (m) => ' '.repeat(m.length)).replace(NTH_DAY, (m) => ' '.repeat(m.length));
  const results = chrono.en.parse(text, { instant, timezone: 0 }, { forwardDate: false });
  const out: DateMention[] = [];
  for (const r of results) {
    // "sun-baked", "The Sun reported": an abbreviated weekday alone counts only when capitalised
    // and written with its full stop ("on Sat."), as datelines and listings write it.
    const bare = r.text.trim();
    const abbreviated = BARE_ABBREVIATED_WEEKDAY.test(bare);
    if (abbreviated && !(/^(?:on\s+)?[A-Z]/.test(bare) && (bare.endsWith('.') || text[r.index + r.text.length] === '.'))) continue;
    // "Within an hour", "two hours later", "for several hours": a span of time, not a date.
    if (HOURS_ONLY.test(bare)) continue;
    // "earlier in the day", "in the morning": a part of some day already told, no date of its own.
    if (PART_OF_DAY_ONLY.test(bare)) continue;
    // "tried to march to the square", "may have": the verb, not the month (months are capitalised).
    if (/^(?:to\s+)?(?:march|may)$/.test(bare)) continue;
    // "a day after the earthquake", "two days later": counted from another event, not from the article's date.
    if (AFTER_ANOTHER.test(bare)) continue;
    // "killed in the fighting since Thursday": where a span of time starts, not when anything happened.
    if (SINCE_BEFORE.test(text.slice(Math.max(0, r.index - 8), r.index)) || /^since\b/i.test(bare)) continue;
    const c = r.start;
    const relative = abbreviated || RELATIVE.test(r.text);
    if (relative && !refDate) continue;
    let precision: DatePrecision;
    // "over the weekend": chrono gives its Saturday; the report says no more than the week.
    if (/\bweek(?:end)?\b/i.test(r.text)) precision = 'week';
    else if (c.isCertain('day') || c.isCertain('weekday') || /yesterday|today|tonight/i.test(r.text)) precision = 'day';
    else if (c.isCertain('month')) precision = 'month';
    else if (c.isCertain('year')) precision = 'year';
    else continue;
    // "in March" with no year: chrono picks the reference year; fine when the article has a date.
    if (!c.isCertain('year') && !refDate) continue;
    let date = c.date();
    // A bare weekday in a news report is the past one: chrono picks the nearest ("on Monday" written
    // on a Friday would be three days ahead), but reports do not announce next week's attacks.
    if (relative && refDate && date.getTime() > instant.getTime() + 86_400_000 / 2 && WEEKDAY.test(r.text) && !/\bnext\b/i.test(r.text)) {
      date = new Date(date.getTime() - 7 * 86_400_000);
    }
    // A report describes what has happened. "On 4 November" without a year, written in September,
    // is last year's; any other date after the article's (beyond a day of time-zone slack) comes
    // from a duration ("for several weeks") or a plan, not an event.
    const slack = instant.getTime() + 1.5 * 86_400_000;
    if (refDate && date.getTime() > slack && !c.isCertain('year')) {
      date = new Date(date);
      date.setUTCFullYear(date.getUTCFullYear() - 1);
    }
    if (refDate && date.getTime() > slack) continue;
    // An imprecise date is written as the first day of its period; `precision` says which period.
    const day = precision === 'month' ? iso(date).slice(0, 7) + '-01' : precision === 'year' ? iso(date).slice(0, 4) + '-01-01' : iso(date);
    const start = s.start + r.index;
    const length = r.text.replace(/[\s,.;:]+$/, '').length;
    out.push({ span: { start, end: start + length }, date: day, precision, relative, rule: relative ? 'chrono/relative' : 'chrono/absolute' });
  }
  // "since 2021, when 14 people died", "in 2019": a bare earlier year, which chrono leaves out. Only a
  // year before the article's says anything (the article's own year could be any day of it).
  if (refDate && YEAR_LIKE.test(s.text)) for (const m of s.text.matchAll(YEAR_AFTER)) {
    const year = Number(m[1]);
    const start = s.start + m.index + m[0].length - m[1]!.length;
    if (year >= Number(refDate.slice(0, 4)) || out.some((d) => d.span.start < start + 4 && start < d.span.end)) continue;
    out.push({ span: { start, end: start + 4 }, date: `${m[1]}-01-01`, precision: 'year', relative: false, rule: 'date/bare-year' });
  }
  return out;
}

const YEAR_LIKE = /(?:19|20)\d\d/;

/**
 * A bare year after a preposition of time ("in 2019", "during 2020"), or "since 2021, when …"; not
 * "the deadliest attack since 2023" (a yardstick), "2019 election" or "2,000 people".
 */
const YEAR_AFTER = /\b(?:in|during|throughout|until|(?:early|late|mid)-?|since(?= (?:19|20)\d{2},? when\b))\s*((?:19|20)\d{2})\b(?![,.]?\d)/gi;
