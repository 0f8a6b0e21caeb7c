/**
 * Casualty counts: "killing 3 people", "two soldiers were wounded", "without causing casualties" (→ 0),
 * "8 fatalities were coded to this event" (an explicit override, as in ACLED's notes).
 * A count with no number ("killing and injuring a number of people") stays null: unknown, not zero.
 */
import { execAll } from '../lexicon.ts';
import { NUMBER_SRC, parseNumber, THOUSANDS } from '../numbers.ts';
import type { CasualtyMention } from '../mentions.ts';
import type { Sentence } from '../segment.ts';

// A number starts a word: "an" inside "Palestinian" is not one.
const N = `(?<![\\w-])(${NUMBER_SRC})`;
// "between 8 and 12 people", "8 to 12 people": ACLED records the lowest figure of a range (see RANGE_LOW).
const QUAL = `(?:at least |up to |more than |over |around |about |nearly |some |approximately |an estimated |between ${NUMBER_SRC} and |${NUMBER_SRC} (?:to|-|–) )?`;
const RANGE_LOW = new RegExp(`\\b(?:between (${NUMBER_SRC}) and |(${NUMBER_SRC}) (?:to|-|–) )(?=${NUMBER_SRC}\\b)`, 'i');
// Nouns for people: plain ones, and demonym plurals ("Palestinians", "Israelis") caught by shape.
const PERSON =
  "(?:people|persons?|civilians?|residents?|men|man|women|woman|child(?:ren)?|boys?|girls?|infants?|bab(?:y|ies)|members?|soldiers?|troops|rangers?|officers?|policem[ae]n|gendarmes?|servicem[ae]n|personnel|recruits|sailors?|marines?|pilots?|paratroopers|reservists|militiam[ae]n|jihadists?|separatists?|herdsmen|worshipers|fighters?|militants?|combatants?|operatives?|insurgents?|rebels?|gunmen|attackers?|assailants?|terrorists?|bandits?|martyrs|journalists?|paramedics?|medics?|workers?|farmers?|fishermen|shepherds?|teachers?|doctors?|nurses?|pupils|schoolchildren|teenagers?|youths?|priests?|pastors?|imams?|clerics?|monks?|chiefs?|elders?|volunteers?|peacekeepers?|students?|others?|individuals?|relatives?|family members|[A-Z][a-z]+(?:ians?|is|ans?|ese|i)|commanders?|leaders?|officials?|guards?|pilgrims|worshippers|refugees|hostages|prisoners|detainees|bodies|fishers?|cell|crew|family|rioters|protesters|demonstrators|passengers|drivers?|traders?|herders?|miners|villagers|guests|mourners|shoppers|spectators|patients|commuters|lawyers?|judges?|politicians?|lawmakers?|councill?ors?|mayors?|candidates?|businessm[ae]n)";
// Words between a figure and its noun ("12 Palestinian civilians", "2 members of the civil defence").
// (A match that runs across "and injuring" is dropped after the fact: see CROSSES_VERB.)
const ADJ = "(?:(?:of |[A-Za-z][a-z'-]* |[A-Z]{2,6} |\\d+-year-old )){0,3}?";
/** "killing 1 and injuring several people": the figure and the noun belong to two verbs. */
const CROSSES_VERB = /\d\w* and (?:injur|wound|hurt|kill|leav)|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|several|some) and (?:injur|wound|hurt|kill|leav)/i;
/** One person, by role (singular nouns of {@link PERSON}). */
const ONE_PERSON =
  "(?:person|civilian|resident|man|woman|child|boy|girl|infant|baby|soldier|ranger|officer|policeman|gendarme|serviceman|sailor|marine|pilot|militiaman|fighter|militant|commander|leader|official|guard|journalist|paramedic|medic|worker|farmer|fisherman|shepherd|teacher|doctor|nurse|teenager|youth|head|priest|pastor|imam|cleric|chief|elder|volunteer|student|driver|director|mayor|deputy|governor|spokesman|photographer|cameraman|reporter)";
/** {@link ONE_PERSON}, capitalised too, as titles are ("Hamas' Head of Weapons"). */
const ONE_TITLE = ONE_PERSON.replace(/\b([a-z])/g, (c) => `[${c}${c.toUpperCase()}]`);
/** A time or place word that closes a bare figure: "wounded more than 200 on Tuesday". */
const TIME_AFTER = ' (?:on|in|at|during|overnight|yesterday|today|last|this|early|late|after|when|while|near)\\b';
// A figure with no noun after it, ending the clause: digits or words ("killing 3.", "wounding five,").
const BARE = NUMBER_SRC;
const GROUP = `${N} ${ADJ}${PERSON}(?: (?:and|,) ${N} ${ADJ}${PERSON})*`;
// A subset named between commas is part of the count, not a count of its own: "14 people, including six children, were killed".
const SUBSET_BODY = '(?:, (?:including|among them|among whom|most of them|mostly) [^,.;]{1,60},| \\((?:including|among them|among whom|most of them|mostly) [^().;]{1,60}\\))';
const SUBSET = `(?:${SUBSET_BODY})?`;
const SUBSET_RE = new RegExp(SUBSET_BODY);

/** "leaving", "resulting in an unspecified number of", …: the words before people hurt, with no figure. */
const UNQUANTIFIED = '(?:leaving|left|causing|caused|resulting in|resulted in|led to|leading to) (?:an? )?(?:(?:unspecified|unknown|undetermined) )?(?:number of )?';

/**
 * `group`: the count is capture group 1 (one number), not a sum over a group of nouns.
 * `needs`: words every match of `re` contains (case aside); the pattern is tried only on sentences
 * that have one, since most casualty patterns are slow to fail. Keep it in step with `re`.
 */
interface Pattern { re: RegExp; needs: RegExp; kind: 'killed' | 'injured'; rule: string; authoritative?: boolean; zero?: boolean; one?: boolean; fixed?: number; unknown?: boolean; group?: boolean }

const P: Pattern[] = [
  // Analyst notes (ACLED-style coder prose) state the figure they settled on; it overrides the rest.
  { rule: 'casualty/coded-override', needs: /coded to this/i, kind: 'killed', authoritative: true, group: true, re: new RegExp(`${N} (?:fatalit(?:y|ies) )?(?:out of \\d+ )?(?:were |was )?coded to this (?:event|location)`, 'gi') },
  { rule: 'casualty/coded-as', needs: /fatalit/i, kind: 'killed', authoritative: true, group: true, re: new RegExp(`fatalit(?:y|ies)[\\w ,]{0,60}? [[(]?coded (?:as |at |to )?(?:at least )?${N}(?![\\w-])`, 'gi') },
  { rule: 'casualty/total', needs: /fatalit/i, kind: 'killed', authoritative: true, group: true, re: new RegExp(`total (?:confirmed |reported )?fatalit(?:y|ies) (?:were |was |stood at |of |is |are |coded (?:as )?)${QUAL}${N}(?![\\w-])`, 'gi') },
  { rule: 'casualty/none', needs: /casualties|fatalities|deaths|killed|hurt|injured|loss of life/i, kind: 'killed', zero: true, re: /\b(?:no (?:immediate )?(?:reports? of )?(?:casualties|fatalities|deaths|one was (?:killed|hurt|injured)|loss of life)|without (?:causing |any |reports of )*(?:casualties|fatalities|loss of life)|(?:nobody|no one) (?:was )?(?:killed|hurt|injured)|(?:casualties|fatalities) (?:were )?(?:reported as )?(?:none|zero|nil))/gi },
  { rule: 'casualty/no-injuries', needs: /casualties|injuries|hurt|injured/i, kind: 'injured', zero: true, re: /\b(?:no (?:immediate )?(?:reports? of )?(?:casualties|injuries|one was (?:hurt|injured))|without (?:causing |any |reports of )*(?:casualties|injuries|damage or casualties)|(?:nobody|no one) (?:was )?(?:hurt|injured)|no (?:crew(?: members)?|passengers|civilians|soldiers|people|sailors|residents) (?:were|was) (?:hurt|injured|wounded))/gi },
  { rule: 'casualty/killing-and-injuring', needs: /kill/i, kind: 'killed', unknown: true, re: /\bkill(?:ing|ed) and (?:injur|wound)(?:ing|ed) (?:a number of|several|many|dozens of|scores of|some)?/gi },
  // People hurt, with no figure ("shelling that left injuries", "resulting in an unspecified number of
  // fatalities"): someone was hurt, how many is unknown (null, not zero).
  { rule: 'casualty/unquantified-injuries', needs: /injur|wound|casualt/i, kind: 'injured', unknown: true, re: new RegExp(`\\b${UNQUANTIFIED}(?:injuries|injured|wounded|people (?:injured|wounded)|casualties)\\b`, 'gi') },
  { rule: 'casualty/unquantified-deaths', needs: /fatalit|deaths|dead|killed/i, kind: 'killed', unknown: true, re: new RegExp(`\\b${UNQUANTIFIED}(?:fatalities|deaths|dead|people killed)\\b|\\bkill(?:ing|ed) an? (?:unspecified|unknown|undetermined) number\\b`, 'gi') },
  // "…a strike on a Hezbollah commander, killing him": the one person named before.
  // "killing him and his son", "killed a farmer and his wife": the person and one relative.
  { rule: 'casualty/one-and-kin', needs: / and (?:his|her) /i, kind: 'killed', fixed: 2, re: new RegExp(`\\b(?:killing|killed|shot dead|shooting dead) (?:him|her|(?:a|an|one) ${ADJ}${ONE_PERSON}) and (?:his|her) (?:\\w+ )?(?:son|daughter|wife|husband|brother|sister|father|mother|child|nephew|niece|cousin|grandson|granddaughter)\\b`, 'gi') },
  { rule: 'casualty/killing-him', needs: /kill|shot dead|execut/i, kind: 'killed', one: true, re: /\b(?:killing|killed|shot dead|shooting dead|executed|executing) (?:him|her)\b/gi },
  // "killing the fisherman", "killed the local commander": one person, named by role.
  { rule: 'casualty/killing-the-one', needs: /(?:killing|killed|shot dead|shooting dead|executed|executing) (?:the |\w+['’]s |\w+s['’] |\w+ of\b)/i, kind: 'killed', one: true, re: new RegExp(`\\b(?:killing|killed|shot dead|shooting dead|executed|executing) (?:(?:the|[A-Z][\\w-]*(?:['’]s|s['’])) ${ADJ}${ONE_TITLE}\\b(?![\\w-]| and)|${ONE_TITLE} of\\b)`, 'g') },
  // "beat 13 officers to death", "hacked five villagers to death": the count between the verb and "to death".
  { rule: 'casualty/verb-to-death', needs: /to death/i, kind: 'killed', re: new RegExp(`\\b(?:beat|beats|beating|beaten|hacked|hacking|stabbed|stabbing|burned|burnt|burning|stoned|stoning|clubbed|bludgeoned|tortured|trampled) ${QUAL}${GROUP} to death\\b`, 'gi') },
  // "killing a family of six": the family's size, not one family (before verb-count, which reads "a family" as 1).
  { rule: 'casualty/family-of', needs: /family of/i, kind: 'killed', group: true, re: new RegExp(`\\b(?:killing|killed|kills|kill|wiping out|wiped out) (?:an? |the )?(?:entire |whole )?family of ${N}(?![\\w-])`, 'gi') },
  { rule: 'casualty/verb-count', needs: /kill|death|shot dead|shooting dead|leaving|left|lives of|resulting in|executed|massacred|slaughtered|murder|neutrali[sz]|eliminat|beheaded|lynch/i, kind: 'killed', re: new RegExp(`\\b(?:killing(?: of)?|deaths? of|killed|kills|kill|shot dead|shooting dead|leaving|left|claiming the lives of|claimed the lives of|resulting in(?: the deaths? of)?|caused the deaths? of|executed|massacred|slaughtered|murdered|murdering|neutrali[sz](?:ed|ing)|eliminat(?:ed|ing)|(?:hacked|stabbed|beaten|burned|burnt) to death|beheaded|lynched) ${QUAL}${GROUP}(?![\\w-])(?! (?:members? )?(?:(?:being|were|was|are|is) )?(?:\\w+ly )?(?:injured|wounded|hurt|missing|unaccounted|homeless|displaced|stranded|trapped))`, 'g') },
  // "with at least eight civilians killed", "leaving 20 people dead": the count before a bare participle.
  { rule: 'casualty/count-participle', needs: /killed|dead/i, kind: 'killed', re: new RegExp(`\\b(?:with|leaving|left) ${QUAL}${GROUP} (?:killed|dead)\\b`, 'gi') },
  { rule: 'casualty/count-fatalities', needs: /fatalit|deaths|dead|killed/i, kind: 'killed', re: new RegExp(`${QUAL}${N} (?:of )?(?:fatalit(?:y|ies)|deaths|dead|killed|people killed)\\b`, 'gi') },
  // A bare figure after the verb, ending the clause ("killing 3.", "injured dozens.").
  { rule: 'casualty/killing-number', needs: /kill/i, kind: 'killed', group: true, re: new RegExp(`\\bkill(?:ing|ed) ${QUAL}(${BARE})(?=[.,;]|$| and (?:injur|wound|hurt|leav|left)|${TIME_AFTER})`, 'g') },
  { rule: 'casualty/injuring-number', needs: /injur|wound/i, kind: 'injured', group: true, re: new RegExp(`\\b(?:injur|wound)(?:ing|ed) ${QUAL}(${BARE})(?=[.,;]|$| and kill|${TIME_AFTER})`, 'g') },
  { rule: 'casualty/count-passive', needs: /killed|dead|executed|neutrali[sz]ed/i, kind: 'killed', re: new RegExp(`${QUAL}${GROUP}${SUBSET},? (?:\\w+ ){0,4}?(?:were|was|are|is|have been|has been|had been|being|reportedly|got) (?:reportedly |also |later |allegedly )?(?:killed|shot dead|dead|found dead|executed|neutrali[sz]ed)`, 'gi') },
  { rule: 'casualty/died', needs: /died|perished|lost their lives|succumbed/i, kind: 'killed', re: new RegExp(`${QUAL}${GROUP},? (?:\\w+ ){0,2}?(?:died|perished|lost their lives|succumbed)`, 'gi') },
  { rule: 'casualty/death-toll', needs: /death toll/i, kind: 'killed', group: true, re: new RegExp(`death toll (?:[\\w'’-]+ ){0,16}?(?:has |had )?(?:rose to|risen to|reached|climbed to|of|stood at|stands at|to) ${QUAL}${N}`, 'gi') },
  { rule: 'casualty/verb-injured', needs: /injur|wound|hurting|leaving|left/i, kind: 'injured', re: new RegExp(`\\b(?:injuring|injured|wounding|wounded|hurting) ${QUAL}${GROUP}(?![\\w-])(?! (?:killed|dead))|\\b(?:leaving|left) ${QUAL}${GROUP}(?= (?:[\\w-]+ ){0,2}?(?:injured|wounded|hurt)\\b)`, 'g') },
  { rule: 'casualty/count-injured', needs: /injur|wounded|casualties/i, kind: 'injured', re: new RegExp(`${QUAL}${N} (?:of )?(?:injur(?:y|ies)|(?:\\w+ly )?(?:wounded|injured)|people injured|casualties)\\b`, 'gi') },
  // "12 people were treated for smoke inhalation and beatings", "five were hospitalised": hurt, by the care they needed.
  { rule: 'casualty/count-treated', needs: /treated for|hospitali[sz]ed|taken to hospital/i, kind: 'injured', re: new RegExp(`${QUAL}${GROUP},? (?:\\w+ ){0,3}?(?:were|was|had been|have been) (?:\\w+ly )?(?:treated for (?:injuries|wounds|gunshot wounds|burns|fractures|bruises|beatings|smoke inhalation|tear gas inhalation|shrapnel wounds)|hospitali[sz]ed|taken to hospital)`, 'gi') },
  // "dozens more were wounded", "two others were killed": a figure with no noun of its own.
  { rule: 'casualty/more-passive', needs: /\b(?:more|others)\b/i, kind: 'injured', group: true, re: new RegExp(`${N} (?:more|others)(?: people)? (?:were|have been|had been) (?:\\w+ly )?(?:injured|wounded|hurt)\\b`, 'gi') },
  // "dozens were injured", "three were killed": a bare figure as the subject.
  { rule: 'casualty/bare-passive-injured', needs: /(?:were|been) (?:\w+ly )?(?:injured|wounded|hurt)/i, kind: 'injured', group: true, re: new RegExp(`(?:^|, |and )${QUAL}${N} (?:were|have been|had been) (?:\\w+ly )?(?:injured|wounded|hurt)\\b`, 'gi') },
  { rule: 'casualty/bare-passive-killed', needs: /(?:were|been) (?:also |later )?(?:killed|shot dead)/i, kind: 'killed', group: true, re: new RegExp(`(?:^|, |and )${QUAL}${N} (?:were|have been|had been) (?:also |later )?(?:killed|shot dead)\\b`, 'gi') },
  { rule: 'casualty/more-passive-killed', needs: /\b(?:more|others)\b/i, kind: 'killed', group: true, re: new RegExp(`${N} (?:more|others)(?: people)? (?:were|have been|had been) (?:also |later )?(?:killed|shot dead)\\b`, 'gi') },
  { rule: 'casualty/count-passive-injured', needs: /injured|wounded|hurt/i, kind: 'injured', re: new RegExp(`${QUAL}${GROUP}${SUBSET},? (?:\\w+ ){0,3}?(?:were|was|are|is|have been|has been|had been|being|got) (?:reportedly |also |seriously |critically |lightly )?(?:injured|wounded|hurt)`, 'gi') },
];

// Compiled once: building them per call (or per hit) cost more than matching them.
const GROUP_ITEM = new RegExp(`${N} ${ADJ}${PERSON}`, 'gi');
const LONE_NUMBER = new RegExp(`(?<![\\w-])${N}(?![\\w-])`, 'i');
const PERSON_RE = new RegExp(`(?<![\\w-])${PERSON}(?![\\w-])`, 'gi');

/** The last person noun in `text`, or null. */
function lastPerson(text: string): string | null {
  let last: string | null = null;
  for (const m of execAll(PERSON_RE, text)) last = m[0];
  return last;
}

/** Sum the numbers of a group phrase ("a woman and a child" → 2). */
function countGroup(text: string): { value: number; vague: boolean } | null {
  let total = 0;
  let vague = false;
  let any = false;
  for (const m of execAll(GROUP_ITEM, text)) {
    // "five members of a family": the family is whose members they were, not one more person.
    if (/\bof\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const n = parseNumber(m[1]!);
    if (!n) continue;
    total += n.value;
    vague ||= n.vague;
    any = true;
  }
  if (any) return { value: total, vague };
  const lone = text.match(LONE_NUMBER);
  return lone ? parseNumber(lone[1]!) : null;
}

/** Every casualty statement in the sentence; overlapping statements of one kind keep the first found. */
// Every pattern needs one of these stems; most sentences have none and are skipped at once.
const CASUALTY_LIKE = /kill|dead|death|fatalit|injur|wound|hurt|casualt|died|bodies|toll|coded|execut|massacr|slaughter|murder|neutrali[sz]|eliminat|behead|lynch|lives|shot|left|leaving|wiped out|wiping out|treated for|hospitali[sz]ed|taken to hospital/i;

/**
 * "tens of thousands of people have been killed", "bringing to thousands the number who have died": a
 * war's running toll, told in thousands with a perfect tense, is no event's count.
 */
const RUNNING_TOLL = /\b(?:tens of thousands|hundreds of thousands|thousands|millions)\b[^,.;]{0,50}?\b(?:(?:have|has) (?:been (?:killed|injured|wounded)|died)|(?:have|has) been)\b/i;

/** A natural disaster or an accident named as the subject of the casualty verb that follows (same clause). */
const DISASTER_BEFORE = /\b(?:earthquakes?|quakes?|floods?|flooding|landslides?|mudslides?|cyclones?|hurricanes?|typhoons?|storms?|tsunamis?|heat ?waves?|avalanches?|wildfires?|cholera|outbreak|(?:road|traffic|car|bus|plane|train|boat|mining) (?:accidents?|crash(?:es)?|collisions?))\b[^,;.]{0,30}$/i;

export function recognizeCasualties(s: Sentence): CasualtyMention[] {
  const out: CasualtyMention[] = [];
  if (!CASUALTY_LIKE.test(s.text)) return out;
  let toll: boolean | undefined; // a toll in thousands named at all (asked once, when needed)
  for (const p of P) {
    if (!p.needs.test(s.text)) continue;
    for (const m of execAll(p.re, s.text)) {
      const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      if (!p.group && CROSSES_VERB.test(m[0])) continue;
      if ((toll ??= THOUSANDS.test(s.text)) && RUNNING_TOLL.test(s.text.slice(Math.max(0, m.index - 60), m.index + m[0].length))) continue;
      // "…, a day after a 7.7-magnitude earthquake killed more than 1,600 people": the disaster's dead.
      if (DISASTER_BEFORE.test(s.text.slice(Math.max(0, m.index - 50), m.index))) continue;
      if (out.some((o) => o.kind === p.kind && o.span.start < span.end && span.start < o.span.end)) continue;
      let count: number | null = null;
      let rule = p.rule;
      if (p.zero) count = 0;
      else if (p.one) count = 1;
      else if (p.fixed !== undefined) count = p.fixed;
      else if (!p.unknown) {
        const n = p.group ? parseNumber(m[1]!) : countGroup(m[0].replace(SUBSET_RE, ''));
        if (!n) continue;
        count = n.value;
        const range = RANGE_LOW.exec(m[0]);
        const low = range ? parseNumber((range[1] ?? range[2])!) : null;
        if (low && low.value < count) {
          count = low.value;
          rule += '+range-low';
        }
        if (n.vague) rule += '+vague-acled-convention';
      }
      // The head noun: the last person word of the phrase, and of the words right after a phrase that
      // stopped at a demonym ("killing three Pakistani" + " soldiers" → soldiers).
      const tail = /\b\p{Lu}\p{Ll}+$/u.test(m[0]) ? /^(?: [A-Za-z'-]+){0,2}/.exec(s.text.slice(m.index + m[0].length, m.index + m[0].length + 30))![0] : '';
      const victim = lastPerson(m[0] + tail);
      out.push({ span, kind: p.kind, count, authoritative: !!p.authoritative, victim: p.zero || p.unknown ? null : victim, rule });
    }
  }
  return out;
}
