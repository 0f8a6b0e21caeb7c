#!/usr/bin/env node
/**
 * The `sitrep` command. Subcommands load lazily, so `sitrep --help` touches neither the database
 * driver nor the gazetteer. Exit codes: 0 ok, 1 failure, 2 usage error.
 */
import { defineCommand, runCommand, showUsage } from 'citty';
import { runCli } from './run.ts';

const main = defineCommand({
  meta: { name: 'sitrep', version: '0.1.0', description: 'Conflict-event extraction: news articles in, source-attributed geocoded events out' },
  subCommands: {
    ingest: () => import('./commands/ingest.ts').then((m) => m.default),
    events: () => import('./commands/events.ts').then((m) => m.default),
    show: () => import('./commands/show.ts').then((m) => m.default),
    serve: () => import('./commands/serve.ts').then((m) => m.default),
    extract: () => import('./commands/extract.ts').then((m) => m.default),
    explain: () => import('./commands/explain.ts').then((m) => m.default),
    geocode: () => import('./commands/geocode.ts').then((m) => m.default),
  },
});

// `sitrep events | head`: a closed pipe is the reader's choice, not a failure.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

await runCli(main, process.argv.slice(2), { runCommand, showUsage });
