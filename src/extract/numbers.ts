/**
 * Numbers written as digits or words ("12", "twelve", "three hundred", "dozens").
 *
 * Vague quantities follow ACLED's documented convention (ACLED codebook 2023, "Fatalities"):
 * "several", "many", "a number of" and plural-without-number → 10; "dozens" → 12; "scores" → 20;
 * "hundreds" → 100; "thousands" → 1000. These are estimates and are marked so in the rule id.
 */
const UNITS: Record<string, number> = {
  zero: 0, no: 0, a: 1, an: 1, one: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12, both: 2, couple: 2, pair: 2,
};

export const VAGUE: Record<string, number> = {
  several: 10, many: 10, 'a number of': 10, numerous: 10, multiple: 10, some: 10, dozens: 12, scores: 20, hundreds: 100, thousands: 1000,
};

/** What a war's running toll ("tens of thousands have been killed") needs somewhere in the sentence. */
export const THOUSANDS = /thousands|millions/i;

/** Regex source matching one number expression (used inside larger patterns). */
export const NUMBER_SRC =
  "(?:\\d{1,3}(?:,\\d{3})+|\\d+|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine))|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a dozen|dozens|scores|hundreds|thousands|several|many|a number of|numerous|multiple|an?|both|a couple of)(?:\\s+(?:hundred|dozen))?";

/** Parse a number expression matched by NUMBER_SRC; null when it is not one. */
export function parseNumber(raw: string): { value: number; vague: boolean } | null {
  const t = raw.toLowerCase().trim().replace(/\s+/g, ' ');
  if (/^\d[\d,]*$/.test(t)) return { value: Number(t.replace(/,/g, '')), vague: false };
  if (t in VAGUE) return { value: VAGUE[t]!, vague: true };
  const times = t.endsWith(' hundred') ? 100 : t.endsWith(' dozen') && t !== 'a dozen' ? 12 : 1;
  const base = times === 1 ? t : t.slice(0, t.lastIndexOf(' '));
  let n: number | undefined;
  if (base === 'a dozen') n = 12;
  else if (base === 'a couple of') n = 2;
  else if (/-| /.test(base) && base.split(/[- ]/).every((w) => w in UNITS)) n = base.split(/[- ]/).reduce((s, w) => s + UNITS[w]!, 0);
  else n = UNITS[base];
  if (n === undefined) return null;
  return { value: n * times, vague: false };
}
