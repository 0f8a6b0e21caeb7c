/**
 * Deduplication and cross-source merging: MinHash near-duplicate sketches of articles, the
 * event compatibility rule, and recomputing a merged event from its sources. Pure functions;
 * the SQLite backend (`src/store/sqlite/merge.ts`) applies them with indexed lookups.
 */
export * from './sketch.ts';
export * from './compat.ts';
export * from './dates.ts';
export * from './combine.ts';
export * from './view.ts';
