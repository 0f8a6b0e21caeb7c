/**
 * Where the event happened: the most specific place said in a trigger sentence, else a place a
 * detail sentence ties to the event ("landing in the Eilat Bay area"). Places inside actor names
 * ("Islamic Resistance in Iraq"), after "coded to" notes and in datelines ("BEIRUT —", used only
 * when the sentence names no other place) are handled here.
 */
import type { PlaceCandidate, PlaceMention } from '../../geocode/types.ts';
import type { AnalysedSentence, Candidate } from './candidates.ts';
import { datelineLength } from './dateline.ts';
import { earlierAct } from '../recognizers/event-trigger.ts';

/** Where the sentence's news starts: its first real trigger (sentence offset), or its end. */
const firstTrigger = (a: AnalysedSentence): number => {
  const t = a.mentions.triggers.find((x) => !x.unreal);
  return t ? t.span.start - a.sentence.start : a.sentence.text.length;
};

export interface PlaceChoice {
  mention: PlaceMention;
  place: PlaceCandidate;
  rule: string;
}

const LOCATIVE = /\b(?:in|at|near|on|outside|into|toward|towards|around|across|over|inside|off|to|of)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$/i;
const POSITIONED = /\b(?:positioned|stationed|deployed|based)\s+(?:at|in|near|on|inside)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$/i;
const ACTED_ON_PLACE = /\b(?:shelled|struck|hit|attacked|bombed|bombarded|targeted|stormed|raided|captured|seized|overran|retook|recaptured|besieged|pounded|invaded)\s+(?:the\s+)?(?:(?:city|town|village|port|region|district|province|camp) of\s+)?$/i;
const NAMED_FACILITY = /^\s+(?:Hospital|School|Mosque|Church|University|College|Stadium|Hotel|Market|Tower|Street|Road|Square|Bridge|Camp|Airport|Base|Prison|Center|Centre|Institute|Clinic)\b/;
const STANDS_FOR_RULERS = /^(?:['’]s?\b|\s+(?:regime|government|authorities|administration|leadership|officials?)\b)/i;
/** The rank of a dateline's place. */
const DATELINE = -10;
/** A town named in the sentence by its kind ("the town of Boulkessi", "Tillaberi village"): where it happened, whether or not it is known. */
const UNKNOWN_TOWN = /\b(?:town|village|city|locality|hamlet|commune|camp) of \p{Lu}|\p{Lu}[\p{L}'’-]+ (?:village|town|locality)\b/u;
/** "around Barsalogho", "near Kwall": a capitalised name after a locative, which may be a town the gazetteer lacks. */
const LOCATIVE_NAME = /\b(?:in|near|around|outside|at|inside)\s+(\p{Lu}[\p{L}'’-]+)/gu;
const NOT_A_TOWN = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Arabic|English|French|Russian|Christmas|Ramadan|Eid|Easter|Parliament|Congress)$/;

/** The sentence names a town the gazetteer lacks: "the town of Boulkessi", or a name after a locative that is no known place, group or month. */
function namesUnknownTown(a: AnalysedSentence): boolean {
  const text = a.sentence.text;
  if (UNKNOWN_TOWN.test(text)) return true;
  for (const m of text.matchAll(LOCATIVE_NAME)) {
    const start = a.sentence.start + m.index + m[0].length - m[1]!.length;
    const end = start + m[1]!.length;
    if (NOT_A_TOWN.test(m[1]!) || /^\p{Lu}+$/u.test(m[1]!)) continue;
    const known = (s: { start: number; end: number }) => s.start < end && start < s.end;
    if (a.places.some((p) => known(p.span)) || a.mentions.actors.some((x) => known(x.span))) continue;
    return true;
  }
  return false;
}

const IMPACT = /\b(?:land(?:ed|ing)|fell|crashed|exploded|impact(?:ed)?|hit|struck|attack(?:ed)? on|strikes? on|targeting|targeted|killed|injured|wounded|clash(?:ed|es)?)\b/i;

/**
 * Places with candidates, except those inside an actor phrase: a group's name ("Islamic Resistance
 * in Iraq") never, a thing named after a place ("Yafa school" in Gaza) only when `loose` (no
 * other place is said: "an attack on an Omdurman market").
 */
function usable(a: AnalysedSentence, loose = false): PlaceMention[] {
  return a.places.filter(
    (p) => p.candidates.length > 0 && !a.mentions.actors.some((m) => (m.named || !loose) && m.span.start <= p.span.start && p.span.end <= m.span.end)
      // "The Taliban" read as a village named Taliban: a place overlapping a group's name is that group.
      && !a.mentions.actors.some((m) => m.named && p.span.start < m.span.end && m.span.start < p.span.end)
      && !countryAsOther(a, p)
      && !describesTown(a, p),
  );
}

/**
 * A country named as someone other than where it happened: who did it ("drones launched by
 * Russia"), the neighbour ("near the border with Mali"), or who helped ("with the help of the
 * United States, Britain and France").
 */
function countryAsOther(a: AnalysedSentence, p: PlaceMention): boolean {
  if (p.candidates[0]!.kind !== 'country') return false;
  const before = a.sentence.text.slice(Math.max(0, p.span.start - a.sentence.start - 80), p.span.start - a.sentence.start);
  return /\bby\s+$/i.test(before) || /\bborders?\s+with\s+(?:the\s+)?$/i.test(before) || ALLIES_BEFORE.test(before);
}

/** "with the help of the United States, Britain and": before countries that helped. */
const ALLIES_BEFORE = /\b(?:with the help of|with (?:the )?help from|helped by|aided by|backed by|supported by|assisted by|alongside|together with|along with|joined by)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*(?:,\s*|\s+and\s+)(?:the\s+)?)*$/u;

/** "the Red Sea city", "the Black Sea port": a sea or region naming the kind of town another mention (often the dateline) is. */
function describesTown(a: AnalysedSentence, p: PlaceMention): boolean {
  const kind = p.candidates[0]!.kind;
  if (kind !== 'water' && kind !== 'admin1' && kind !== 'region') return false;
  const off = a.sentence.start;
  const after = a.sentence.text.slice(p.span.end - off, p.span.end - off + 30);
  return /\bthe\s+$/i.test(a.sentence.text.slice(Math.max(0, p.span.start - off - 5), p.span.start - off)) && !/^\s+of\b/i.test(after)
    // (In lower case: "the Coast of Gaza City" is a name.)
    && (/\s(?:city|town|port|village)$/.test(p.surface) || /^\s+(?:(?:coastal|port|border|frontline|front-line)\s+)?(?:city|town|port|village)\b/.test(after));
}

function rank(a: AnalysedSentence, p: PlaceMention): number {
  const before = a.sentence.text.slice(0, p.span.start - a.sentence.start);
  // A dateline says where the report was filed, not where the event happened: any other place wins.
  if (p.span.end - a.sentence.start <= datelineLength(a.sentence.text)) return DATELINE;
  let score = 4 - p.candidates[0]!.precision;
  // A country and a region in it are both precision 3; "Russia's Bryansk region" happened in the region.
  if (p.candidates[0]!.kind === 'country') score -= 0.5;
  if (/\bcoded (?:to|as)\s+$/i.test(before)) score += 10;
  // "…in response to an Israeli strike that killed a commander in south Lebanon a day earlier": where the act answered happened.
  const earlier = earlierAct(a.sentence.text, firstTrigger(a));
  if (earlier && p.span.start - a.sentence.start >= earlier.start && p.span.start - a.sentence.start < earlier.end) score -= 5;
  // "the defence ministry in Moscow said": where the source sits, not where it happened.
  if (/\b(?:ministry|government|officials?|authorities|spokes(?:man|woman|person)|office|embassy|headquarters|command)\s+in\s+$/i.test(before)) score -= 3;
  if (LOCATIVE.test(before)) score += 1;
  // "shelled Donetsk", "stormed Kidal": the place the act was done to (not "struck Al Quds Hospital",
  // a building named after a place).
  const after = a.sentence.text.slice(p.span.end - a.sentence.start, p.span.end - a.sentence.start + 24);
  if (ACTED_ON_PLACE.test(before) && !NAMED_FACILITY.test(after)) score += 1;
  // "the Kyiv regime's forces", "Moscow's envoy", "the Kyiv government": a place standing for who rules it.
  if (STANDS_FOR_RULERS.test(after)) score -= 2;
  // "tanks positioned at Nezarim opened fire toward Tal el Hawa": where the shooters stand, not where it hit.
  if (POSITIONED.test(before)) score -= 2;
  // "…clashed near Walikale on Thursday, despite a ceasefire agreed last month in Doha": a concessive clause is context.
  if (/,\s*(?:despite|amid)\b[^,;]*$/i.test(before)) score -= 3;
  // An admin note in brackets after the place ("(Gaza City, Gaza Strip)") is context, not the place.
  if (/\([^)]*$/.test(before) && !/\bcoded (?:to|as)\b[^)]*$/i.test(before)) score -= 3;
  return score;
}

/** Between a region and a town it contains: "Chhattisgarh's Bijapur", "Bijapur district of Chhattisgarh", "Bijapur, Chhattisgarh". */
const REGION_BEFORE_TOWN = /^['’]s?\s+$/;
const REGION_AFTER_TOWN = /^\s*(?:(?:district|province|region|state|county|governorate|department|prefecture)\s+)?(?:of|in|,)\s+(?:the\s+)?(?:(?:state|province|region) of\s+)?$/i;

/**
 * "…in Chhattisgarh's Bijapur district": the text puts the town in a region, and the gazetteer's
 * only town of that name lies in another region of the country (a namesake; the real one is too
 * small to be listed). The region is where it happened; null when they agree or are not so linked.
 */
function conflictingRegion(a: AnalysedSentence, town: PlaceMention, ps: PlaceMention[]): PlaceMention | null {
  const t = town.candidates[0]!;
  if (t.kind !== 'populated_place' && t.kind !== 'neighbourhood') return null;
  const text = a.sentence.text;
  const off = a.sentence.start;
  return ps.find((r) => {
    const c = r.candidates[0]!;
    if (c.kind !== 'admin1' || c.iso2 !== t.iso2 || c.admin1 === t.admin1) return false;
    if (r.span.end <= town.span.start) return REGION_BEFORE_TOWN.test(text.slice(r.span.end - off, town.span.start - off));
    return REGION_AFTER_TOWN.test(text.slice(town.span.end - off, r.span.start - off));
  }) ?? null;
}

/** "on the Kaduna-Abuja highway", "the Kabul-Kandahar road" (or "the road between Gao and Ansongo"): a road named after the towns it joins. */
const ROAD_AFTER = /^(?:\s*[-–]\s*[\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’-]*)?)?\s+(?:highway|road|expressway|motorway|axis|corridor)\b/u;
const ROAD_BEFORE = /[\p{Lu}][\p{L}'’.]*\s*[-–]\s*$/u;

/**
 * A town named as the end of a road the event happened on is near, not at, where it happened:
 * the first town named, at precision 2 ("near"), as ACLED codes events on a road between towns.
 */
function onRoad(a: AnalysedSentence, top: PlaceMention): PlaceChoice | null {
  const c = top.candidates[0]!;
  if (c.kind !== 'populated_place' && c.kind !== 'neighbourhood') return null;
  const text = a.sentence.text;
  const off = a.sentence.start;
  const after = text.slice(top.span.end - off, top.span.end - off + 60);
  const before = text.slice(Math.max(0, top.span.start - off - 30), top.span.start - off);
  // "on the road between Gao and Ansongo"
  const between = /\b(?:road|highway|route|axis|stretch)\s+(?:between|linking|connecting)\s+$/i.test(before);
  const joined = ROAD_AFTER.test(after) || (ROAD_BEFORE.test(before) && /^\s+(?:highway|road|expressway|motorway|axis|corridor)\b/.test(after));
  if (!between && (!joined || !/[-–]/.test(text.slice(Math.max(0, top.span.start - off - 30), top.span.end - off + 40)))) return null;
  return { mention: top, place: { ...c, precision: Math.max(c.precision, 2) as PlaceCandidate['precision'] }, rule: 'place/road-between-towns' };
}

/** Pick the event's place, or null when no sentence of the candidate names one. */
export function choosePlace(c: Candidate): PlaceChoice | null {
  for (const a of c.triggerSentences) {
    const ps = usable(a);
    if (!ps.length) continue;
    let top = ps[0]!;
    let best = rank(a, top);
    for (let i = 1; i < ps.length; i++) {
      const r = rank(a, ps[i]!);
      if (r > best) [top, best] = [ps[i]!, r];
    }
    // "BAMAKO — … attacked a camp in the central Malian town of Boulkessi", "OUAGADOUGOU — … around
    // Barsalogho": the dateline is where the report was filed; the town it names and the gazetteer
    // lacks is elsewhere.
    if (best === DATELINE && namesUnknownTown(a)) continue;
    const container = conflictingRegion(a, top, ps);
    if (container) return { mention: container, place: container.candidates[0]!, rule: 'place/region-of-unknown-town' };
    const road = onRoad(a, top);
    if (road) return road;
    const place = top.candidates[0]!;
    // "An Israeli strike in southern Lebanon … it had targeted an operative near Bint Jbeil": a
    // detail naming a town in that same country says more exactly where.
    const finer = place.precision === 3 ? fromDetails(c, (p) => p.precision < 3 && p.iso2 === place.iso2) : null;
    return finer ?? { mention: top, place, rule: 'place/trigger-sentence' };
  }
  const detail = fromDetails(c, () => true);
  if (detail) return detail;
  for (const a of c.triggerSentences) {
    const [p] = usable(a, true).filter((x) => !(rank(a, x) === DATELINE && namesUnknownTown(a)));
    if (p) return { mention: p, place: p.candidates[0]!, rule: 'place/inside-phrase' };
  }
  return null;
}

/** The first place a detail sentence ties to the event ("landing in …", "… killed near …") that passes `ok`. */
function fromDetails(c: Candidate, ok: (p: PlaceCandidate) => boolean): PlaceChoice | null {
  for (const a of c.detailSentences) {
    if (!IMPACT.test(a.sentence.text) && !a.mentions.casualties.length) continue;
    const ps = usable(a).filter((p) => ok(p.candidates[0]!) && LOCATIVE.test(a.sentence.text.slice(0, p.span.start - a.sentence.start)));
    if (ps.length) return { mention: ps[0]!, place: ps[0]!.candidates[0]!, rule: 'place/detail-sentence' };
  }
  return null;
}
