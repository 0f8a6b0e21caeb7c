/**
 * Casualty counts: "killing 3 people", "two soldiers were wounded", "without causing casualties" (→ 0),
 * "8 fatalities were coded to this event" (an explicit override, as in ACLED's notes).
 * A count with no number ("killing and injuring a number of people") stays null: unknown, not zero.
 */
import { NUMBER_SRC, parseNumber } from '../numbers.ts';
import type { CasualtyMention } from '../mentions.ts';
import type { Sentence } from '../segment.ts';

const N = `(${NUMBER_SRC})`;
const QUAL = '(?:at least |up to |more than |over |around |about |nearly |some |approximately |an estimated )?';
// Nouns for people: plain ones, and demonym plurals ("Palestinians", "Israelis") caught by shape.
const PERSON =
  "(?:people|persons?|civilians?|residents?|men|man|women|woman|child(?:ren)?|boys?|girls?|infants?|bab(?:y|ies)|members?|soldiers?|troops|officers?|policem[ae]n|fighters?|militants?|combatants?|operatives?|insurgents?|rebels?|gunmen|attackers?|journalists?|paramedics?|medics?|workers?|farmers?|fishermen|students?|others?|individuals?|relatives?|family members|[A-Z][a-z]+(?:ians?|is|ans?|ese|i)|commanders?|leaders?|officials?|guards?|pilgrims|worshippers|refugees|hostages|prisoners|detainees|bodies)";
const ADJ = '(?:[a-z-]+ ){0,3}?';
const GROUP = `${N} ${ADJ}${PERSON}(?: (?:and|,) ${N} ${ADJ}${PERSON})*`;

interface Pattern { re: RegExp; kind: 'killed' | 'injured'; rule: string; authoritative?: boolean; zero?: boolean; unknown?: boolean }

const P: Pattern[] = [
  { rule: 'casualty/coded-override', kind: 'killed', authoritative: true, re: new RegExp(`${N} fatalit(?:y|ies) (?:were |was )?coded to this (?:event|location)`, 'gi') },
  { rule: 'casualty/none', kind: 'killed', zero: true, re: /\b(?:no (?:immediate )?(?:reports? of )?(?:casualties|fatalities|deaths|one was (?:killed|hurt|injured)|loss of life)|without (?:causing |any |reports of )*(?:casualties|fatalities|loss of life)|(?:nobody|no one) (?:was )?(?:killed|hurt|injured)|(?:casualties|fatalities) (?:were )?(?:reported as )?(?:none|zero|nil))/gi },
  { rule: 'casualty/no-injuries', kind: 'injured', zero: true, re: /\b(?:no (?:immediate )?(?:reports? of )?(?:casualties|injuries|one was (?:hurt|injured))|without (?:causing |any |reports of )*(?:casualties|injuries|damage or casualties)|(?:nobody|no one) (?:was )?(?:hurt|injured))/gi },
  { rule: 'casualty/killing-and-injuring', kind: 'killed', unknown: true, re: /\bkill(?:ing|ed) and (?:injur|wound)(?:ing|ed) (?:a number of|several|many|dozens of|scores of|some)?/gi },
  { rule: 'casualty/verb-count', kind: 'killed', re: new RegExp(`\\b(?:killing|killed|kills|kill|shot dead|shooting dead|leaving|left|claiming the lives of|claimed the lives of|resulting in(?: the deaths? of)?|caused the deaths? of|executed|massacred) ${QUAL}${GROUP}(?! (?:injured|wounded|hurt))`, 'g') },
  { rule: 'casualty/count-fatalities', kind: 'killed', re: new RegExp(`${QUAL}${N} (?:fatalit(?:y|ies)|deaths|dead|killed|people killed)\\b`, 'gi') },
  { rule: 'casualty/count-passive', kind: 'killed', re: new RegExp(`${QUAL}${GROUP},? (?:\\w+ ){0,3}?(?:were|was|are|is|have been|has been|had been|being|reportedly|got) (?:reportedly )?(?:killed|shot dead|dead|found dead|executed)`, 'gi') },
  { rule: 'casualty/death-toll', kind: 'killed', re: new RegExp(`death toll (?:\\w+ ){0,3}?(?:rose to|reached|climbed to|of|stood at|stands at|to) ${QUAL}${N}`, 'gi') },
  { rule: 'casualty/verb-injured', kind: 'injured', re: new RegExp(`\\b(?:injuring|injured|wounding|wounded|hurting|leaving|left) ${QUAL}${GROUP}(?! (?:killed|dead))`, 'g') },
  { rule: 'casualty/count-injured', kind: 'injured', re: new RegExp(`${QUAL}${N} (?:injur(?:y|ies)|wounded|injured|people injured|casualties)\\b`, 'gi') },
  { rule: 'casualty/count-passive-injured', kind: 'injured', re: new RegExp(`${QUAL}${GROUP},? (?:\\w+ ){0,3}?(?:were|was|are|is|have been|has been|had been|being|got) (?:reportedly |also |seriously |critically |lightly )?(?:injured|wounded|hurt)`, 'gi') },
];

/** Sum the numbers of a group phrase ("a woman and a child" → 2). */
function countGroup(text: string): { value: number; vague: boolean } | null {
  const re = new RegExp(`${N} ${ADJ}${PERSON}`, 'gi');
  let total = 0;
  let vague = false;
  let any = false;
  for (const m of text.matchAll(re)) {
    const n = parseNumber(m[1]!);
    if (!n) continue;
    total += n.value;
    vague ||= n.vague;
    any = true;
  }
  if (any) return { value: total, vague };
  const lone = text.match(new RegExp(N, 'i'));
  return lone ? parseNumber(lone[1]!) : null;
}

/** Every casualty statement in the sentence; overlapping statements of one kind keep the first found. */
export function recognizeCasualties(s: Sentence): CasualtyMention[] {
  const out: CasualtyMention[] = [];
  for (const p of P) {
    p.re.lastIndex = 0;
    for (const m of s.text.matchAll(p.re)) {
      const span = { start: s.start + m.index!, end: s.start + m.index! + m[0].length };
      if (out.some((o) => o.kind === p.kind && o.span.start < span.end && span.start < o.span.end)) continue;
      let count: number | null = null;
      let rule = p.rule;
      if (p.zero) count = 0;
      else if (!p.unknown) {
        const n = countGroup(m[0]);
        if (!n) continue;
        count = n.value;
        if (n.vague) rule += '+vague-acled-convention';
      }
      const victim = m[0].match(new RegExp(PERSON, 'i'))?.[0] ?? null;
      out.push({ span, kind: p.kind, count, authoritative: !!p.authoritative, victim: p.zero || p.unknown ? null : victim, rule });
    }
  }
  return out;
}
