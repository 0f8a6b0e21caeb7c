/**
 * English extraction: every stage in the order it runs, in one literal (pelias AddressParser style).
 * A new recognizer is one file plus one line here.
 */
import type { DemonymIndex } from '../../demonyms.ts';
import { loadLexiconFile } from '../../lexicon.ts';
import { compileActorRules } from '../../recognizers/actor-mention.ts';
import { compileBackground } from '../../recognizers/background-marker.ts';
import { compileCues } from '../../recognizers/certainty-cue.ts';
import { compileFraming } from '../../recognizers/framing-term.ts';
import { compileNonConflict, compileTriggers } from '../../recognizers/event-trigger.ts';

/** Compiled English lexicons; built once per extractor by `loadEnglish()`. */
export interface EnglishLexicons {
  triggers: ReturnType<typeof compileTriggers>;
  nonConflict: RegExp[];
  actors: ReturnType<typeof compileActorRules>;
  cues: ReturnType<typeof compileCues>;
  background: ReturnType<typeof compileBackground>;
  framing: ReturnType<typeof compileFraming>;
}

export function loadEnglish(demonyms: DemonymIndex, dataDir?: string): EnglishLexicons {
  return {
    triggers: compileTriggers(loadLexiconFile('triggers.tsv', dataDir)),
    nonConflict: compileNonConflict(loadLexiconFile('non-conflict.tsv', dataDir)),
    actors: compileActorRules(loadLexiconFile('actors.tsv', dataDir), loadLexiconFile('actor-nouns.tsv', dataDir), demonyms),
    cues: compileCues(loadLexiconFile('hedges.tsv', dataDir)),
    background: compileBackground(loadLexiconFile('background.tsv', dataDir)),
    framing: compileFraming(loadLexiconFile('framing.tsv', dataDir)),
  };
}

/** The stage order, for `explain` and for readers of this file. */
export const EN_STAGES = [
  // segmentation
  'segment/sentences',
  // per-sentence recognizers (pure, independent of each other)
  'recognize/event-trigger',
  'recognize/actor-mention',
  'recognize/casualty-count',
  'recognize/event-date',
  'recognize/certainty-cue',
  'recognize/background-marker',
  // article-wide recognizers
  'recognize/place-mention (geocoder)',
  'recognize/framing-term',
  // refiners: group sentences into candidates, then resolve each candidate's fields
  'refine/group-candidates',
  'refine/resolve-event (roles → place → type → date → weapon → casualties → claims)',
] as const;
