/**
 * English extraction: the lexicons every English stage uses, compiled in one place. The stages run
 * in the order written in `extractor.ts` (segment → triggers → relevance gate → per-sentence
 * recognizers and places → framing → group candidates → resolve events).
 */
import type { DemonymIndex } from '../../demonyms.ts';
import { loadLexiconFile } from '../../lexicon.ts';
import { compileActorRules } from '../../recognizers/actor-mention.ts';
import { compileBranches, type Branches } from '../../refiners/branches.ts';
import { compileBackground } from '../../recognizers/background-marker.ts';
import { compileCues } from '../../recognizers/certainty-cue.ts';
import { compileFraming } from '../../recognizers/framing-term.ts';
import { compileNonConflict, compileTriggers, type NonConflictContext } from '../../recognizers/event-trigger.ts';

/** Compiled English lexicons; built once per extractor by `loadEnglish()`. */
export interface EnglishLexicons {
  triggers: ReturnType<typeof compileTriggers>;
  nonConflict: NonConflictContext[];
  actors: ReturnType<typeof compileActorRules>;
  branches: Branches;
  cues: ReturnType<typeof compileCues>;
  background: ReturnType<typeof compileBackground>;
  framing: ReturnType<typeof compileFraming>;
}

export function loadEnglish(demonyms: DemonymIndex, dataDir?: string): EnglishLexicons {
  const actors = loadLexiconFile('actors.tsv', dataDir);
  return {
    triggers: compileTriggers(loadLexiconFile('triggers.tsv', dataDir)),
    nonConflict: compileNonConflict(loadLexiconFile('non-conflict.tsv', dataDir)),
    actors: compileActorRules(actors, loadLexiconFile('actor-nouns.tsv', dataDir), demonyms),
    branches: compileBranches(loadLexiconFile('actor-branches.tsv', dataDir), actors),
    cues: compileCues(loadLexiconFile('hedges.tsv', dataDir)),
    background: compileBackground(loadLexiconFile('background.tsv', dataDir)),
    framing: compileFraming(loadLexiconFile('framing.tsv', dataDir)),
  };
}
