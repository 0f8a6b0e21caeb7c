/**
 * The extractor: article in, events out. Built once by `createExtractor()` (lexicons compiled,
 * geocoder injected), then `extract()` is pure and synchronous.
 *
 * @example
 * const extractor = createExtractor({ geocoder: createGeocoder() });
 * const { events, framing } = extractor.extract(article);
 */
import { createCtx, type Ctx, type TraceEntry } from '../core/context.ts';
import { applyBranches } from './refiners/branches.ts';
import { dayNumber } from '../dedupe/dates.ts';
import type { Actor, ActorKind, Article, ExtractedEvent, Extraction, Field, Place, Span } from '../core/types.ts';
import type { Geocoder, PlaceCandidate, PlaceMention } from '../geocode/types.ts';
import { articleCountries, fillCountry, loadDemonyms, type DemonymIndex } from './demonyms.ts';
import type { ActorMention, CasualtyMention, CertaintyCue, DateMention, SentenceMentions, TriggerMention } from './mentions.ts';
import { execAll } from './lexicon.ts';
import { maskText, relevantSentences, SAYS_WHO } from './relevance.ts';
import { loadEnglish, type EnglishLexicons } from './locales/en/config.ts';
import { recognizeActors } from './recognizers/actor-mention.ts';
import { recognizeBackground } from './recognizers/background-marker.ts';
import { recognizeCasualties } from './recognizers/casualty-count.ts';
import { recognizeCues } from './recognizers/certainty-cue.ts';
import { recognizeDates } from './recognizers/event-date.ts';
import { recognizeFraming } from './recognizers/framing-term.ts';
import { ANSWERED_ACT, carryContext, mayHoldTriggers, recognizeTriggers } from './recognizers/event-trigger.ts';
import { groupCandidates, type AnalysedSentence, type Candidate } from './refiners/candidates.ts';
import { field, placeOf } from './refiners/field.ts';
import { resolveEvent } from './refiners/resolve-event.ts';
import { clauseOf, segmentSentences, splitSeparateEvents, type Sentence } from './segment.ts';

/** Kinds of the named groups a definite "the rebels" can point back to. */
const NAMED_GROUP: ActorKind[] = ['rebel_group', 'political_militia', 'identity_militia'];
/** Event types whose doer {@link ownerBefore} may take from forces named earlier. */
const ONE_SIDED: string[] = ['Violence against civilians', 'Strategic developments'];

/** A place named before, pointed back to: "in the east of the city", "in the same area", "there". */
const SAME_PLACE = /\b(?:(?:in|on|near|around|across|of|to|into|outside|entered|stormed|raided|took over|retook|recaptured|seized|captured) the (?:same )?(?:city|town|towns|village|villages|area|neighbou?rhood|district|camp|locality|palace|compound|base|airport)|there)\b/i;
/** Said of an event told after another: it happened the same day ("Also, …" opening a note included; an undated reply told next). */
const SAME_DAY = /\b(?:later (?:that|the same|in the) (?:day|evening|night|afternoon)|(?:on )?the same day|that same day|that (?:evening|night|afternoon)|hours later|minutes later|responded|retaliated|hit back|struck back)\b|^(?:Also|In addition|Additionally|Meanwhile|At the same time)\b/i;

/** ", while …": where a sentence may be cut in two ({@link splitWhileClauses}), and how strong each side's trigger must be. */
const WHILE = /,\s+while\s+/g;
const WHILE_WEIGHT = 3;

/** "in the capital", "in the Ukrainian capital's suburbs" (not "the capital of Chad", which names it): group 1 a demonym. */
const THE_CAPITAL = /\b(?:in|across|around|near|outside|into|on the outskirts of)\s+the\s+(?:([A-Z][a-z]+)\s+)?capital(?:['’]s)?\b(?!\s+(?:city\s+)?of\b)(?!,?\s+[A-Z])/;

/** Before a country named as where something happened: "in Myanmar", "across Sudan". */
const IN_COUNTRY = /\b(?:in|across|inside|throughout|within)\s+(?:the\s+)?$/i;

/** The opening line of a round-up of the day's events ("Here is a summary of the main developments in Syria on Monday"). */
const ROUNDUP = /\b(?:summary|round-?up|(?:main|key|latest) (?:developments|events)|what we know|here is|here are)\b/i;

/** Bumped whenever a rule change can change output; stored with every event. */
export const EXTRACTOR_VERSION = '0.2.75';

export interface Extractor {
  readonly name: string;
  readonly version: string;
  extract(article: Article, trace?: TraceEntry[]): Extraction;
  /**
   * The extractions of many articles (as `extract` gives them), faster than one by one; an article
   * that fails is an Error in its place. `timings` (if given) gets each phase's milliseconds added.
   */
  extractMany(articles: Article[], timings?: PhaseTimings): (Extraction | Error)[];
  /** Every stage's output, for `sitrep explain`. */
  analyse(article: Article): Analysis;
}

/** Milliseconds spent in each phase of extraction, by phase name (segment, triggers, places, …). */
export type PhaseTimings = Record<string, number>;

export interface Analysis {
  sentences: AnalysedSentence[];
  candidates: Candidate[];
  extraction: Extraction;
  trace: TraceEntry[];
}

export interface ExtractorOptions {
  geocoder: Geocoder;
  lexicons?: EnglishLexicons;
  demonyms?: DemonymIndex;
}

/** The country most places in the article belong to (qualifies generic actors with no place). */
function dominantCountry(places: PlaceMention[]): string | null {
  const n = new Map<string, number>();
  for (const p of places) {
    const c = p.candidates[0]?.country;
    if (c) n.set(c, (n.get(c) ?? 0) + 1);
  }
  return [...n.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** `f()`, or the Error it threw. */
function attempt<T>(f: () => T): T | Error {
  try {
    return f();
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

export function createExtractor({ geocoder, demonyms = loadDemonyms(), lexicons = loadEnglish(demonyms) }: ExtractorOptions): Extractor {
  /** The country the article names most ("Sudan", "Sudanese"): qualifies generic actors when no place is found. */
  function mostNamedCountry(text: string): string | null {
    const iso2 = articleCountries(text, demonyms)[0];
    return iso2 ? demonyms.byIso2.get(iso2)?.name ?? null : null;
  }

  /**
   * The mentions of a relevant sentence. Background markers are read for every sentence when grouping;
   * the other recognizers run when a refiner first asks (about one relevant sentence in five never
   * joins an event), dates (chrono, the costliest) included.
   */
  function mentionsOf(sentence: Sentence, triggers: TriggerMention[], ctx: Ctx): SentenceMentions {
    let actors: ActorMention[] | undefined;
    let casualties: CasualtyMention[] | undefined;
    let dates: DateMention[] | undefined;
    let cues: CertaintyCue[] | undefined;
    return {
      triggers,
      get actors() {
        return (actors ??= recognizeActors(sentence, lexicons.actors));
      },
      get casualties() {
        return (casualties ??= ofThisEvent(recognizeCasualties(sentence)));
      },
      get dates() {
        return (dates ??= recognizeDates(sentence, ctx.refDate));
      },
      get cues() {
        return (cues ??= recognizeCues(sentence, lexicons.cues));
      },
      background: freshDespiteMarker(recognizeBackground(sentence, lexicons.background)),
    };

    /**
     * "…in response to Israeli strikes that killed two of its fighters a day earlier": the dead of the
     * act answered, told in its own clause (up to a comma), are not this event's. ("Jets struck…, in
     * response to rocket fire, killing 7": the seven are.)
     */
    function ofThisEvent(found: CasualtyMention[]): CasualtyMention[] {
      const m = found.length ? ANSWERED_ACT.exec(sentence.text) : null;
      if (!m) return found;
      const end = sentence.text.slice(m.index).search(/[,;]/);
      const [from, to] = [sentence.start + m.index, end < 0 ? sentence.end : sentence.start + m.index + end];
      return found.filter((c) => c.span.start < from || c.span.start >= to);
    }

    /**
     * "…clashed near Walikale on Thursday, despite a ceasefire agreed last month": a marker after the
     * trigger and after a date of the past week qualifies a later clause, not the news itself.
     */
    function freshDespiteMarker(b: Span | null): Span | null {
      if (!b || !ctx.refDate || !triggers.some((t) => t.span.end <= b.start)) return b;
      const ref = dayNumber(ctx.refDate);
      dates ??= recognizeDates(sentence, ctx.refDate);
      const fresh = dates.some((d) => d.span.end <= b.start && d.precision === 'day' && ref - dayNumber(d.date) >= 0 && ref - dayNumber(d.date) <= 7);
      return fresh ? null : b;
    }
  }

  /** An article part-way through {@link run}: what the phases before the current one found. */
  interface Work {
    article: Article;
    ctx: Ctx;
    complete: boolean;
    sentences: Sentence[];
    triggers: TriggerMention[][];
    relevant: boolean[];
    places: PlaceMention[];
    analysed: AnalysedSentence[];
    candidates: Candidate[];
    country: string | null;
    events: ExtractedEvent[];
    framing: Extraction['framing'];
  }

  /** Split the article into sentences. */
  function segment(article: Article, trace?: TraceEntry[]): Work {
    const ctx = createCtx(article, trace);
    // Paragraphs in which no trigger can occur hold no event sentence, and say nothing of one unless
    // they say who did it: unless someone reads the analysis (explain, a trace), they are not split
    // into sentences, which is a large share of the cost.
    const complete = trace !== undefined;
    const sentences = splitSeparateEvents(segmentSentences(article.text, complete ? undefined : (paragraph) => mayHoldTriggers(paragraph, lexicons.triggers) || SAYS_WHO.test(paragraph)));
    return { article, ctx, complete, sentences, triggers: [], relevant: [], places: [], analysed: [], candidates: [], country: null, events: [], framing: [] };
  }

  /** Each sentence's triggers, and which sentences are relevant. */
  function trigger(w: Work): void {
    w.triggers = w.sentences.map((s) => recognizeTriggers(s, lexicons.triggers, lexicons.nonConflict));
    // The sentence after one about a flood or a film, with no context of its own, is about it too.
    for (let i = 1; i < w.sentences.length; i++) {
      if (w.sentences[i]!.paragraph === w.sentences[i - 1]!.paragraph) carryContext(w.sentences[i - 1]!, w.triggers[i - 1]!, w.sentences[i]!, w.triggers[i]!, lexicons.nonConflict);
    }
    splitWhileClauses(w.sentences, w.triggers);
    w.relevant = relevantSentences(w.sentences, w.triggers);
  }

  /** Place mentions in the relevant sentences. */
  function locate(w: Work): void {
    w.places = geocoder.findMentions(maskText(w.article.text, w.sentences, w.relevant));
    w.ctx.trace('segment', () => `${w.sentences.length} sentences (${w.relevant.filter(Boolean).length} relevant), ${w.places.length} place mentions`);
  }

  /** Each sentence's mentions (read lazily, when a refiner first asks) and places. */
  function mention(w: Work): void {
    const { sentences, triggers, relevant, ctx } = w;
    const none = { actors: [], casualties: [], dates: [], cues: [], background: null };
    w.analysed = sentences.map((sentence, i) => {
      const mentions: SentenceMentions = relevant[i] ? mentionsOf(sentence, triggers[i]!, ctx) : { triggers: triggers[i]!, ...none };
      const own = relevant[i] ? w.places.filter((p) => p.span.start >= sentence.start && p.span.end <= sentence.end) : [];
      return { sentence, mentions, places: own };
    });
  }

  /** Group the sentences into candidate events. */
  function group(w: Work): void {
    w.candidates = groupCandidates(w.analysed, w.ctx.refDate);
    w.ctx.trace('group', () => w.candidates.map((c, i) => `candidate ${i}: sentences ${[...c.triggerSentences, ...c.detailSentences].map((s) => s.sentence.index).join(',')}${c.background ? ' (background)' : ''}`).join('\n'));
  }

  /** Resolve each candidate into an event. */
  function resolveAll(w: Work): void {
    const text = w.article.text;
    const country = (w.country = dominantCountry(w.places) ?? mostNamedCountry(text));
    w.events = w.candidates.map((c, i) => ownerBefore(w.analysed, namedBefore(w.analysed, resolveEvent(c, i, w.ctx, country), text)));
  }

  /** What one event tells another of the article (the same day, the same place, its region). */
  function relate(w: Work): void {
    const { article, ctx, places, candidates } = w;
    w.events = inArticlePlace(samePlaceAsBefore(candidates, sameDayAsBefore(candidates, roundupDay(article.text, ctx, w.events.map((e) => applyBranches(e, lexicons.branches, w.country))))), places, article.text, w.country);
  }

  /** Loaded words in the article. */
  function frame(w: Work): void {
    w.framing = framingOf(w.article.text, w.analysed, w.complete);
  }

  function finish({ article, analysed, candidates, events, framing }: Work): Omit<Analysis, 'trace'> {
    return { sentences: analysed, candidates, extraction: { article, events, framing } };
  }

  /**
   * Read dates or actors of every relevant sentence now rather than when a refiner first asks (for
   * dates it asks for about two in three): run for a whole batch at once, chrono and the actor scan
   * stay in the processor's caches, which saves more than the extra sentences cost.
   */
  const readAll = (k: 'dates' | 'actors') => (w: Work): void => w.analysed.forEach((a, i) => w.relevant[i] && a.mentions[k]);

  /** The phases after {@link segment}, in order, by name; each reads what the ones before it left in the {@link Work}. */
  const PHASES: [string, (w: Work) => void][] = [
    ['triggers', trigger],
    ['places', locate],
    ['mentions', mention],
    ['dates', readAll('dates')],
    ['actors', readAll('actors')],
    ['group', group],
    ['resolve', resolveAll],
    ['relate', relate],
    ['framing', frame],
  ];

  function run(article: Article, trace?: TraceEntry[]): Omit<Analysis, 'trace'> {
    const w = segment(article, trace);
    for (const [, phase] of PHASES) phase(w);
    return finish(w);
  }

  /**
   * {@link run} for many articles, with the same results, but phase by phase across all of them
   * rather than article by article: each phase's code and data (chrono's parsers, the trigger and
   * actor alternations, the gazetteer's hot rows) stay in the processor's caches while it runs over
   * the batch. On the benchmark corpus a batch of 100 extracts about 1.7× as fast as one at a time
   * (see README, Performance). An article that fails is an Error in its place; the others go on.
   */
  function runMany(articles: Article[], timings?: PhaseTimings): (Extraction | Error)[] {
    let t = performance.now();
    const lap = (name: string) => {
      if (!timings) return;
      const now = performance.now();
      timings[name] = (timings[name] ?? 0) + now - t;
      t = now;
    };
    const work: (Work | Error)[] = articles.map((a) => attempt(() => segment(a)));
    lap('segment');
    for (const [name, phase] of PHASES) {
      work.forEach((w, i) => {
        if (w instanceof Error) return;
        const failed = attempt(() => phase(w));
        if (failed instanceof Error) work[i] = failed;
      });
      lap(name);
    }
    return work.map((w) => (w instanceof Error ? w : finish(w).extraction));
  }

  /**
   * "Rebels seized most of Aleppo, while Russian warplanes bombed Idlib, killing 11 people": a clause
   * after ", while" with a trigger of its own (weight ≥ {@link WHILE_WEIGHT}), after one before it,
   * is cut off as a sentence of its own (in place, with its triggers), so it can be an event of its
   * own; grouping still joins the two when they tell one event ("police fired tear gas, while
   * protesters threw stones").
   */
  function splitWhileClauses(sentences: Sentence[], triggers: TriggerMention[][]): void {
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i]!;
      const ts = triggers[i]!;
      if (ts.length < 2 || !s.text.includes(', while ')) continue;
      const strong = (t: TriggerMention) => !t.unreal && t.weight >= WHILE_WEIGHT;
      for (const m of s.text.matchAll(WHILE)) {
        const cut = s.start + m.index;
        const from = cut + m[0].length;
        if (!ts.some((t) => strong(t) && t.span.end <= cut) || !ts.some((t) => strong(t) && t.span.start >= from)) continue;
        sentences.splice(i, 1, clauseOf(s, 0, m.index, s.clause === true), clauseOf(s, from - s.start, s.text.length, true));
        triggers.splice(i, 1, ts.filter((t) => t.span.end <= cut), ts.filter((t) => t.span.start >= from));
        break; // the tail is looked at next, for a further ", while"
      }
    }
    sentences.forEach((s, i) => (s.index = i));
  }

  /**
   * "Two Israeli soldiers were wounded … Troops later raided the town and detained 12 Palestinians":
   * unnamed state forces ("troops", "the army") whose country only the event's place gave are the
   * forces the article named with their country before them, when it named one country's forces
   * only and never the place's own. Only the doer (actor1) of an act against people or property
   * (violence against civilians, arrests, looting): in a battle, a strike or an interception the
   * unnamed side is as often the other one ("Russian forces attacked the village. Troops repelled
   * the assault"; "Russian drones struck Odesa. The air force shot down 38"), and unnamed victims
   * ("a roadside bomb struck a military convoy") stay the place's.
   */
  function ownerBefore(analysed: AnalysedSentence[], e: ExtractedEvent): ExtractedEvent {
    if (!ONE_SIDED.includes(e.eventType.value) || e.subEventType.value === 'Disrupted weapons use') return e;
    const stated = analysed.flatMap((s) => s.mentions.actors.filter((m) => m.actor.kind === 'state_forces' && m.actor.country && (m.named || m.countryStated)));
    const swap = (a: Field<Actor> | null, other: Field<Actor> | null): Field<Actor> | null => {
      if (!a?.span || a.value.kind !== 'state_forces' || a.basis !== 'inferred' || !a.value.country || !a.rule.startsWith('actor-nouns.tsv')) return a;
      if (stated.some((m) => m.actor.country === a.value.country)) return a;
      const before = stated.filter((m) => m.span.end <= a.span!.start);
      const owner = before[before.length - 1];
      if (!owner || before.some((m) => m.actor.country !== owner.actor.country) || other?.value.name === owner.actor.name) return a;
      return { ...a, value: owner.actor, rule: `${a.rule} actor/forces-named-before` };
    };
    const actor1 = swap(e.actor1, e.actor2);
    return actor1 === e.actor1 ? e : { ...e, actor1 };
  }

  /**
   * "The M23 … The rebels took control of the town": a definite generic group ("the rebels", "the
   * militants") is the non-state group last named before it in the article, when one was.
   */
  function namedBefore(analysed: AnalysedSentence[], e: ExtractedEvent, text: string): ExtractedEvent {
    const swap = (a: Field<Actor> | null): Field<Actor> | null => {
      if (!a?.span || a.value.kind !== 'unidentified_armed_group' || !/^the\s/i.test(text.slice(a.span.start, a.span.end))) return a;
      let last: ActorMention | undefined;
      for (const s of analysed) {
        if (s.sentence.start >= a.span.start) break;
        for (const m of s.mentions.actors) if (m.named && NAMED_GROUP.includes(m.actor.kind) && m.span.end <= a.span.start) last = m;
      }
      return last ? { ...a, value: { ...last.actor, country: last.actor.country ?? a.value.country }, rule: `${a.rule} actor/named-before`, basis: 'inferred' } : a;
    };
    const actor1 = swap(e.actor1);
    const actor2 = swap(e.actor2);
    return actor1 === e.actor1 && actor2 === e.actor2 ? e : { ...e, actor1, actor2: actor2?.value.name === actor1?.value.name ? e.actor2 : actor2 };
  }

  /**
   * "Later that day, police shot dead two demonstrators", "Also, …": an event with no date of its own
   * whose sentence says it happened the same day as, or together with, the one told before (or that
   * was told in the same sentence) takes that event's date.
   */
  /**
   * "Here is a summary of the main developments in Syria on Monday. …": a round-up's opening line
   * dates every event that has no date of its own (to the day it gives, when that is one day within
   * the past week), not the article's date.
   */
  function roundupDay(text: string, ctx: Ctx, events: ExtractedEvent[]): ExtractedEvent[] {
    if (!ctx.refDate || !ROUNDUP.test(text.slice(0, 160)) || !events.some((e) => e.date.rule === 'date/article-date')) return events;
    // The article's first sentence (its paragraph may hold no trigger, and so not be split otherwise).
    let paragraphs = 0;
    const lead = segmentSentences(text, () => paragraphs++ === 0)[0];
    if (!lead || !ROUNDUP.test(lead.text)) return events;
    const days = recognizeDates(lead, ctx.refDate).filter((d) => d.precision === 'day');
    const ref = dayNumber(ctx.refDate);
    const d = days.length === 1 ? days[0]! : null;
    if (!d || ref - dayNumber(d.date) < 0 || ref - dayNumber(d.date) > 7) return events;
    for (const e of events) {
      if (e.date.rule !== 'date/article-date') continue;
      e.date = field<string | null>(d.date, d.span, 'date/round-up-day', 'inferred');
      e.datePrecision = 'day';
    }
    return events;
  }

  function sameDayAsBefore(candidates: Candidate[], events: ExtractedEvent[]): ExtractedEvent[] {
    for (let i = 1; i < events.length; i++) {
      const e = events[i]!;
      // The event told just before, when it is dated by the text (then its day decides whether this one is
      // news or background too: "On 22 May 2024, … Also, …" in a report of 2025); else the last news event.
      const last = events[i - 1]!;
      const prev = last.date.value !== null && last.date.rule !== 'date/article-date' ? last
        : events.slice(0, i).reverse().find((x) => !x.background && x.date.value !== null);
      const first = candidates[i]!.triggerSentences[0]?.sentence;
      // A clause cut from the sentence before ("…, while troops killed five militants in a separate operation") was told with it.
      const same = first?.clause ? 'date/same-sentence-as-previous-event' : SAME_DAY.test(first?.text ?? '') ? 'date/same-day-as-previous-event' : null;
      if (prev && !e.background && e.date.rule === 'date/article-date' && same) {
        e.date = { ...prev.date, rule: same, basis: 'inferred' };
        e.datePrecision = prev.datePrecision;
        e.background = prev.background;
      }
    }
    return events;
  }

  /**
   * "The army responded with air strikes on RSF positions in the east of the city": an event that
   * names no place of its own but points back to one ("the city", "the same area", "there") took
   * place where the event told before it did, and, with no date of its own, on its day.
   */
  function samePlaceAsBefore(candidates: Candidate[], events: ExtractedEvent[]): ExtractedEvent[] {
    for (let i = 1; i < events.length; i++) {
      const e = events[i]!;
      if (e.place || e.background) continue;
      const prev = events.slice(0, i).reverse().find((x) => !x.background && x.place);
      const s = candidates[i]!.triggerSentences[0]?.sentence;
      const m = s && prev ? SAME_PLACE.exec(s.text) : null;
      if (!m || !prev?.place) continue;
      const span = { start: s!.start + m.index, end: s!.start + m.index + m[0].length };
      e.place = { ...prev.place, span, rule: 'place/same-as-previous-event', basis: 'inferred' };
      // Told as part of the same scene and dated by nothing of its own: the day of that event, not the article's.
      if (e.date.rule === 'date/article-date' && prev.date.value !== null) {
        e.date = { ...prev.date, rule: 'date/same-scene-as-previous-event', basis: 'inferred' };
        e.datePrecision = prev.datePrecision;
      }
    }
    return events;
  }

  /**
   * "Shells hit a displacement camp near Kibirizi" (a village the gazetteer lacks) in an article
   * about North Kivu: an event with no place of its own took place in the region the article names
   * most, at that region's precision (3); failing one region, in the one country all the article's
   * towns and regions lie in ({@link articleCountry}), at precision 3. Never in a town: too fine to guess.
   */
  function inArticlePlace(events: ExtractedEvent[], places: PlaceMention[], text: string, country: string | null): ExtractedEvent[] {
    if (events.every((e) => e.place || e.background)) return events;
    for (const e of events) {
      if (e.place || e.background) continue;
      e.place = inTheCapital(e, text, country) ?? ofTownInCountry(e, text);
      if (e.place && country && e.place.value.country !== country) requalify(e, country, e.place.value.country);
    }
    const counts = new Map<string, { mention: PlaceMention; n: number }>();
    for (const p of places) {
      const c = p.candidates[0];
      if (!c || c.kind !== 'admin1') continue;
      const held = counts.get(c.id);
      if (held) held.n++;
      else counts.set(c.id, { mention: p, n: 1 });
    }
    const top = [...counts.values()].sort((a, b) => b.n - a.n)[0];
    const fallback = top && ![...counts.values()].some((x) => x !== top && x.n === top.n) // no region, or two alike
      ? { mention: top.mention, place: top.mention.candidates[0]!, rule: 'place/article-region' }
      : articleCountry(places, text);
    if (!fallback) return events;
    const c = fallback.place;
    const value = placeOf(c, 3);
    for (const e of events) {
      if (e.place || e.background) continue;
      e.place = field(value, fallback.mention.span, fallback.rule, 'inferred');
    }
    return events;
  }

  /**
   * "Meanwhile, in the capital, hundreds protested…", "in the Ukrainian capital": the capital of the
   * country named with it, else of `articleCountryName` (the one its places lie in, else the one it names
   * most: see resolveAll), from world-countries' capital names; null when the event's sentences say no
   * such thing.
   */
  function inTheCapital(e: ExtractedEvent, text: string, articleCountryName: string | null): Field<Place> | null {
    for (const s of e.sentences) {
      const m = THE_CAPITAL.exec(text.slice(s.start, s.end));
      if (!m) continue;
      const named = m[1] ? demonyms.byDemonym.get(m[1].toLowerCase()) : undefined;
      const country = named ?? demonyms.byName.get((articleCountryName ?? '').toLowerCase());
      if (!country?.capital) return null;
      const c = geocoder.lookup(country.capital, { countries: [country.iso2] }).find((x) => x.iso2 === country.iso2 && x.kind === 'populated_place');
      if (!c) return null;
      const start = s.start + m.index + m[0].indexOf('capital');
      return field(placeOf(c), { start, end: start + 'capital'.length }, 'place/the-capital', 'inferred');
    }
    return null;
  }

  /**
   * Generic actors qualified with the article's country (`from`: "Civilians (Nigeria)") when the
   * event turned out to be elsewhere (`to`): they take the event's country, as everywhere else.
   */
  function requalify(e: ExtractedEvent, from: string, to: string): void {
    const swap = (a: Field<Actor> | null): Field<Actor> | null => {
      if (!a || a.basis !== 'inferred' || a.value.country !== from || !a.rule.startsWith('actor-nouns.tsv')) return a;
      const esc = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const template = a.value.name.replace(new RegExp(`(\\bof )(?:the )?${esc}|${esc}`), (_, of: string | undefined) => `${of ?? ''}{country}`);
      return template.includes('{country}') ? { ...a, value: { ...a.value, country: to, name: fillCountry(template, to) } } : a;
    };
    e.actor1 = swap(e.actor1);
    e.actor2 = swap(e.actor2);
  }

  /** "the Bangladeshi town of Enayetpur": group 1 the demonym of the country a named town lies in. */
  const TOWN_OF_COUNTRY = new RegExp(`\\bthe\\s+(?:[a-z-]+\\s+){0,2}(${demonyms.pattern})\\s+(?:[a-z-]+\\s+)?(?:town|village|city|district|province|region|county|locality|commune|hamlet|port|camp)\\s+of\\s+(\\S)`, 'gi');

  /**
   * "A mob set fire to a police station in the Bangladeshi town of Enayetpur": an event with no
   * place of its own (the gazetteer lacks the town) happened in the country its sentences put the
   * town in, at country precision (3); null when they say no such thing.
   */
  function ofTownInCountry(e: ExtractedEvent, text: string): Field<Place> | null {
    for (const s of e.sentences) {
      // (The town's name capitalised: "the Sudanese city of El Fasher", not "of the east".)
      const m = [...execAll(TOWN_OF_COUNTRY, text.slice(s.start, s.end))].find((x) => x[2] !== x[2]!.toLowerCase());
      const ref = m ? demonyms.byDemonym.get(m[1]!.toLowerCase()) : undefined;
      if (!ref) continue;
      const c = geocoder.lookup(ref.name).find((x) => x.kind === 'country' && x.iso2 === ref.iso2);
      if (!c) return null;
      const start = s.start + m!.index + m![0].indexOf(m![1]!);
      return field(placeOf(c, 3), { start, end: start + m![1]!.length }, 'place/country-of-named-town', 'inferred');
    }
    return null;
  }

  /**
   * The one country every town or region the article names lies in ("BAMAKO —" and the central Malian
   * town it lacks), as a country-level place, with the first of those mentions as evidence; null when
   * they lie in several countries or there are none.
   */
  function articleCountry(places: PlaceMention[], text: string): { mention: PlaceMention; place: PlaceCandidate; rule: string } | null {
    // Towns and regions, and a country only where something happened in it ("in Myanmar"): a country
    // named is as often a side ("raided by Russia", "Russia's forces") as a place.
    const local = places.filter((p) => p.candidates[0] && (p.candidates[0].kind !== 'country' || IN_COUNTRY.test(text.slice(Math.max(0, p.span.start - 12), p.span.start))));
    const first = local[0];
    const iso2 = first?.candidates[0]!.iso2;
    if (!first || !iso2 || local.some((p) => p.candidates[0]!.iso2 !== iso2)) return null;
    const country = geocoder.lookup(first.candidates[0]!.country ?? '').find((c) => c.kind === 'country' && c.iso2 === iso2);
    return country ? { mention: first, place: country, rule: 'place/article-country' } : null;
  }

  /**
   * Framing flags, minus words that are part of an actor's name (looked up only where a flag falls).
   * A flag in a paragraph that was not segmented (`complete` false) is looked up in all the sentences.
   */
  function framingOf(text: string, analysed: AnalysedSentence[], complete: boolean) {
    const flags = recognizeFraming(text, lexicons.framing);
    const names = new Map<number, Span[]>(); // by sentence start
    let all: Sentence[] | undefined;
    return flags.filter((f) => {
      const holds = (s: Sentence) => s.start <= f.span.start && f.span.end <= s.end;
      const a = analysed.find((x) => holds(x.sentence));
      const s = a?.sentence ?? (complete ? undefined : (all ??= segmentSentences(text)).find(holds));
      if (!s) return true;
      if (!names.has(s.start)) {
        const actors = a?.mentions.actors.length ? a.mentions.actors : recognizeActors(s, lexicons.actors);
        names.set(s.start, actors.filter((m) => m.named).map((m) => m.span));
      }
      return !names.get(s.start)!.some((n) => n.start <= f.span.start && f.span.end <= n.end);
    });
  }
  return {
    name: 'sitrep-en',
    version: `${EXTRACTOR_VERSION}+gaz.${geocoder.version}`,
    extract: (article, trace) => run(article, trace).extraction,
    extractMany: runMany,
    analyse(article) {
      const trace: TraceEntry[] = [];
      return { ...run(article, trace), trace };
    },
  };
}
