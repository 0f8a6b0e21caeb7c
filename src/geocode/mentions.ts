/**
 * findMentions: scan → two-pass ranking (each name ranked with the others as context) → filters for
 * common words and stray proper names → qualifiers ("near", "20 km south of", "northern").
 */
import { baseCountries, contextFor } from './context.ts';
import type { Gazetteer } from './gazetteer.ts';
import { applyQualifier, findQualifier } from './qualifiers.ts';
import { rankContext, rankRows, type RankContext } from './rank.ts';
import { normalizeNameCached as normalizeName } from './normalize.ts';
import { scanNames, isCap, tokenize, type RawMatch } from './scan.ts';
import type { GeoContext, PlaceCandidate, PlaceMention } from './types.ts';

/** Capitalised words that open a sentence or qualify a place, never the first half of its name. */
const NOT_NAME_PART = /^(?:In|At|Near|On|Of|From|To|Into|Outside|Inside|Around|Across|Towards?|Between|And|But|Or|The|A|An|As|After|Before|During|While|When|Since|Northern|Southern|Eastern|Western|Central|North|South|East|West|Greater|Upper|Lower|Old|New|Downtown|Rural|Occupied|Besieged|Embattled|Mr|Mrs|Ms|Dr|Gen|Col|Lt|President|Minister|Governor|Mayor|Sheikh|Saint|St|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

const LOCATIVE_BEFORE = /\b(?:in|near|at|outside|around|into|toward|towards|(?:village|town|city|district|province|region|outskirts|suburbs?) of)\s+(?:the\s+)?$/i;

/** A single-token, uncurated town below this population needs its country in context to count as a place. */
const SMALL_TOWN = 15000;

/** A word after a name that is no noun it qualifies: "clashes in Somali on Tuesday". */
const FUNCTION_WORD_AFTER = /^ (?:on|in|at|and|or|as|after|before|since|where|which|that|was|were|is|are|has|had|have|over|under|for|of|to|from|with|near|but|while|when|during|until|by)\b/;

/** A word after a name that makes it a place: "the Somali region", "Gedo state". */
/** What a capital standing for its government does: "Kyiv said", "Moscow denied", "Washington warned". */
const CAPITAL_SPEAKS = /^,?\s+(?:said|says|described|called|accused|denied|condemned|warned|claimed|blamed|rejected|vowed|insisted|urged|announced|welcomed|demanded|threatened|responded|retorted|dismissed)\b/;
const PLACE_WORD_AFTER = /^ (?:region|regional state|state|province|district|zone|county|governorate|prefecture|area|border)\b/i;

function rank(g: Gazetteer, m: RawMatch, rc: RankContext, limit?: number): PlaceCandidate[] {
  return rankRows(g, m.rows, m.shape, rankContext(rc.countries, rc.points, m.parent?.rows ?? null), limit);
}

/** Hand-entered places (not admin1 rows) are trusted even when small or far from the text's countries. */
const trusted = (c: PlaceCandidate) => c.id.startsWith('local:') && c.kind !== 'admin1';

/**
 * Whether a match is more likely an ordinary word, a person's name or a street named after a faraway place.
 * `support` is the context weight of the best candidate's country; `elsewhere` the strongest other country
 * (≥ 0.7 means the caller said so, the country is named, or two other places lie there) — unless the two
 * are conflict neighbours (data/local/ambiguous/conflict-neighbours.tsv: a Gaza town in a text about Israel).
 */
function dubious(g: Gazetteer, text: string, m: RawMatch, best: PlaceCandidate, support: number, { w: elsewhere, iso2: other }: Other): boolean {
  if (m.parent || trusted(best) || best.kind === 'country') return false;
  const key = m.shape.key;
  // A place in a country nothing else in the text points to, while the text is clearly about another country
  // ("Al Mansoura" street in Gaza ≠ El Mansoura, Egypt). Capitals and very large cities are still believed.
  if (support < 0.4 && elsewhere >= 0.7 && !(other && g.conflictNeighbours(best.iso2, other))) {
    if (best.kind === 'admin1') return true;
    const capital = g.cols.fcode[g.rowOfId(best.id)] === 'PPLC';
    if (!capital && best.population < 1_000_000) return true;
  }
  // "The Somali government", "Chadian troops": another country's demonym before a noun is a nationality, not
  // the place that bears the word (Ethiopia's Somali Region, Chadian in Nigeria); "the Somali region" stays one;
  // "the central Malian town of Boulkessi": the town is Malian, not Malian (a town in China).
  const nationality = g.demonyms.get(m.shape.key);
  if (nationality && nationality !== best.iso2 && !m.shape.admin) {
    const after = text.slice(m.end, m.end + 24);
    if (m.shape.city || (/^ \p{Ll}/u.test(after) && !PLACE_WORD_AFTER.test(after) && !FUNCTION_WORD_AFTER.test(after))) return true;
  }
  // Acronyms: IDF, PIJ, RSF, "the UN" (not Un, India) — but not a dateline opening a line ("GAZA - …", "KYIV, March 3").
  const bare = m.surface.replace(/^the\s+/i, '');
  if (/^\p{Lu}+$/u.test(bare) && bare.length <= 4 && !isDateline(text, m)) return true;
  // "Samar province" is no town GeoNames also calls Samar (Samara): a region named, matched only through a
  // town's alternate name, is a region the gazetteer lacks.
  if (m.shape.admin && best.kind === 'populated_place' && !g.isOwnName(g.rowOfId(best.id), m.shape.key)) return true;
  // "Balochistan's Bolan district": a place named as part of a region of another country is not this one.
  const owner = /(\p{Lu}[\p{L}-]+)['’]s\s+$/u.exec(text.slice(Math.max(0, m.start - 30), m.start));
  if (owner) {
    const rows = g.rows(normalizeName(owner[1]!));
    if (rows.length && Array.from(rows).every((r) => g.cols.iso2[r] !== best.iso2 && g.kind(r) !== 'populated_place')) return true;
  }
  // "the Great Lakes region" is not the Lakes state: a one-word name with an administrative suffix can still
  // be the end of a longer name we do not know.
  if (m.tokens > 1) return m.shape.admin && !m.shape.key.includes(' ') && endOfLongerName(g, text, m, best);
  // "Vladimir Putin", "Ismail Haniyeh": a given name followed by a capitalised word is a person.
  if (g.givenNames.has(key) && /^[ -]\p{Lu}\p{Ll}/u.test(text.slice(m.end, m.end + 3))) return true;
  if (g.stopwords.has(key)) return m.sentenceStart || support < 0.4 || !isCap(m.surface);
  if (endOfLongerName(g, text, m, best)) return true;
  if (support >= 0.4) return false;
  // A capitalised name right after a locative ("near Monguno") or in an admin bracket ("(Borno)") is a
  // place, however small, unless the text points to another country; admin regions have no population.
  if (isCap(m.surface) && elsewhere < 0.2 && (LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) || /^\(\s*$/.test(text.slice(m.start - 1, m.start)))) return false;
  if (best.kind === 'admin1' && !m.sentenceStart) return false;
  if ((m.sentenceStart && best.population < 100_000) || best.population < SMALL_TOWN) return true;
  // Matched only through an alternate name ("Sam" for Damascus) is too weak for a lone word.
  const row = g.rowOfId(best.id);
  if (normalizeName(g.cols.name[row]) !== key && normalizeName(g.cols.ascii[row]) !== key) return true;
  // Part of a longer proper name we do not know ("Hassan Nasrallah", "Mohammed Deif")?
  const after = /^ \p{Lu}\p{Ll}/u.test(text.slice(m.end, m.end + 3));
  const before = /\p{Lu}\p{Ll}+ $/u.test(text.slice(Math.max(0, m.start - 20), m.start));
  return after || before;
}

/**
 * "Kyiv described the attacks as terrorist", "Moscow denied it": a capital that speaks is its
 * government, not a place (not "officials in Juba said").
 */
function capitalSpeaks(g: Gazetteer, text: string, m: RawMatch, best: PlaceCandidate): boolean {
  return best.kind === 'populated_place' && CAPITAL_SPEAKS.test(text.slice(m.end, m.end + 24))
    && !/\b(?:in|at|from|of|near|to|into|outside|around)\s+$/i.test(text.slice(Math.max(0, m.start - 12), m.start))
    && g.cols.fcode[g.rowOfId(best.id)] === 'PPLC';
}

/** A capitalised name opening the text or a line, then a dash, comma or bracket: a wire dateline. */
const isDateline = (text: string, m: RawMatch): boolean =>
  (m.start === 0 || text[m.start - 1] === '\n') && /^\s*[-–—,(]/.test(text.slice(m.end, m.end + 3));

const ROMANCE_CONNECTOR_END = / (?:da|de|do|dos|das|del|di|du) $/;

/**
 * The end of a longer name we do not know: "Bint Jbeil" is not Jbeil (Byblos), even in a text about Lebanon.
 * A capitalised word opening the sentence ("Overnight Kharkiv …") proves nothing.
 */
function endOfLongerName(g: Gazetteer, text: string, m: RawMatch, best: PlaceCandidate): boolean {
  const lead = /(?:^|[^\p{L}\s]\s*|[.!?]\s+)(\p{Lu}\p{Ll}+)[ -]$/u.exec(text.slice(Math.max(0, m.start - 24), m.start));
  // "Mocimboa da Praia" is not Praia: a Romance connector after a capitalised word continues that name.
  if (ROMANCE_CONNECTOR_END.test(text.slice(Math.max(0, m.start - 5), m.start)) && /\p{Lu}\p{Ll}+ \p{Ll}{2,3} $/u.test(text.slice(Math.max(0, m.start - 24), m.start)) && !trusted(best)) return true;
  const prev = /(\p{Lu}\p{Ll}+)[ -]$/u.exec(text.slice(Math.max(0, m.start - 20), m.start))?.[1];
  // "Abuja-Kaduna": two places joined by a hyphen, not one longer name.
  if (prev && text[m.start - 1] === '-' && g.rows(normalizeName(prev)).length > 0) return false;
  return !!prev && !lead && !NOT_NAME_PART.test(prev) && !g.demonyms.has(normalizeName(prev)) && !g.stopwords.has(normalizeName(prev)) && !trusted(best);
}

/** The strongest other country in context: its weight and code (null when none). */
interface Other {
  w: number;
  iso2: string | null;
}

const maxOther = (countries: Map<string, number>, iso2: string): Other => {
  let w = 0;
  let other: string | null = null;
  for (const [k, v] of countries) if (k !== iso2 && v > w) [w, other] = [v, k];
  return { w, iso2: other };
};

/** Every gazetteer place name in `text`, ranked using the rest of the text. */
export function findMentions(g: Gazetteer, text: string, ctx: GeoContext = {}): PlaceMention[] {
  const toks = tokenize(text);
  const base = baseCountries(g, text, ctx.countries, toks);
  // Demonyms ("Israeli", "Thai") are context, never places.
  const matches = scanNames(g, text, toks).filter((m) => !(m.tokens === 1 && !m.parent && g.demonyms.has(m.shape.key)));
  // Pass 1: each name alone (with caller/demonym countries). Names that look like ordinary words even then do
  // not get to vouch for each other ("Mobile" and "Reading" are both US towns).
  const bests: { match: RawMatch; row: number }[] = [];
  for (const m of matches) {
    const c = rank(g, m, rankContext(base), 1)[0];
    if (c && !dubious(g, text, m, c, base.get(c.iso2) ?? 0, maxOther(base, c.iso2))) bests.push({ match: m, row: g.rowOfId(c.id) });
  }
  const out: PlaceMention[] = [];
  for (const m of matches) {
    const rc = contextFor(g, base, bests.filter((b) => b.match !== m), m.shape.key);
    let cands = rank(g, m, rc);
    if (!cands.length) continue;
    const support = rc.countries.get(cands[0].iso2) ?? 0;
    if (dubious(g, text, m, cands[0], support, maxOther(rc.countries, cands[0].iso2))) continue;
    // (It still told the context above which country the text is about.)
    if (capitalSpeaks(g, text, m, cands[0])) continue;
    const q = m.parent ? null : findQualifier(text, m.start, m.end);
    if (q) cands = cands.map((c) => applyQualifier(c, q, g.art.countries[c.iso2]));
    out.push({ span: { start: m.start, end: m.end }, surface: m.surface, qualifier: q?.text ?? null, candidates: cands });
  }
  return out;
}
