/**
 * The extractor: article in, events out. Built once by `createExtractor()` (lexicons compiled,
 * geocoder injected), then `extract()` is pure and synchronous.
 *
 * @example
 * const extractor = createExtractor({ geocoder: createGeocoder() });
 * const { events, framing } = extractor.extract(article);
 */
import { createCtx, type TraceEntry } from '../core/context.ts';
import type { Article, Extraction } from '../core/types.ts';
import type { Geocoder, PlaceMention } from '../geocode/types.ts';
import { loadDemonyms, type DemonymIndex } from './demonyms.ts';
import { loadEnglish, type EnglishLexicons } from './locales/en/config.ts';
import { recognizeActors } from './recognizers/actor-mention.ts';
import { recognizeBackground } from './recognizers/background-marker.ts';
import { recognizeCasualties } from './recognizers/casualty-count.ts';
import { recognizeCues } from './recognizers/certainty-cue.ts';
import { recognizeDates } from './recognizers/event-date.ts';
import { recognizeFraming } from './recognizers/framing-term.ts';
import { recognizeTriggers } from './recognizers/event-trigger.ts';
import { groupCandidates, type AnalysedSentence, type Candidate } from './refiners/candidates.ts';
import { resolveEvent } from './refiners/resolve-event.ts';
import { segmentSentences } from './segment.ts';

/** Bumped whenever a rule change can change output; stored with every event. */
export const EXTRACTOR_VERSION = '0.1.0';

export interface Extractor {
  readonly name: string;
  readonly version: string;
  extract(article: Article, trace?: TraceEntry[]): Extraction;
  /** Every stage's output, for `sitrep explain`. */
  analyse(article: Article): Analysis;
}

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

export function createExtractor({ geocoder, demonyms = loadDemonyms(), lexicons = loadEnglish(demonyms) }: ExtractorOptions): Extractor {
  function run(article: Article, trace?: TraceEntry[]): Omit<Analysis, 'trace'> {
    const ctx = createCtx(article, trace);
    const text = article.text;
    const sentences = segmentSentences(text);
    const places = geocoder.findMentions(text);
    ctx.trace('segment', () => `${sentences.length} sentences, ${places.length} place mentions`);
    const analysed: AnalysedSentence[] = sentences.map((sentence) => ({
      sentence,
      mentions: {
        triggers: recognizeTriggers(sentence, lexicons.triggers, lexicons.nonConflict),
        actors: recognizeActors(sentence, lexicons.actors),
        casualties: recognizeCasualties(sentence),
        dates: recognizeDates(sentence, ctx.refDate),
        cues: recognizeCues(sentence, lexicons.cues),
        background: recognizeBackground(sentence, lexicons.background),
      },
      places: places.filter((p) => p.span.start >= sentence.start && p.span.end <= sentence.end),
    }));
    const candidates = groupCandidates(analysed);
    ctx.trace('group', () => candidates.map((c, i) => `candidate ${i}: sentences ${[...c.triggerSentences, ...c.detailSentences].map((s) => s.sentence.index).join(',')}${c.background ? ' (background)' : ''}`).join('\n'));
    const country = dominantCountry(places);
    const events = candidates.map((c, i) => resolveEvent(c, i, ctx, country));
    const names = analysed.flatMap((a) => a.mentions.actors.filter((m) => m.named).map((m) => m.span));
    return { sentences: analysed, candidates, extraction: { article, events, framing: recognizeFraming(text, lexicons.framing, names) } };
  }
  return {
    name: 'sitrep-en',
    version: `${EXTRACTOR_VERSION}+gaz.${geocoder.version}`,
    extract: (article, trace) => run(article, trace).extraction,
    analyse(article) {
      const trace: TraceEntry[] = [];
      return { ...run(article, trace), trace };
    },
  };
}
