/** `sitrep ingest PATH...`: read, extract and store; progress on stderr, summary at the end. */
import { appendFileSync } from 'node:fs';
import { SingleBar } from 'cli-progress';
import { defineCommand } from 'citty';
import { createEngine, ingestPaths, undatedWarning } from '../../app/pipeline.ts';
import { dayArg, dbArg, openDb, positionals, formatReadError } from '../_shared.ts';
import { UsageError } from '../errors.ts';

export default defineCommand({
  meta: { name: 'ingest', description: 'Read articles (files, folders, JSONL, HTML, RSS/Atom, - for stdin), extract events and store them' },
  args: {
    paths: { type: 'positional', description: 'Files, folders, or - for stdin', required: true },
    ...dbArg,
    date: { type: 'string', description: 'Article date (YYYY-MM-DD) for plain text without a date header' },
    rejects: { type: 'string', description: 'Append rejected inputs (JSONL: path, line, message) to this file; default <db>.rejects.jsonl' },
  },
  async run({ args }) {
    const paths = positionals(args as { _: string[] });
    if (!paths.length) throw new UsageError('give at least one PATH');
    const date = dayArg('date', args.date);
    const engine = createEngine();
    const store = openDb(args.db);
    const bar = new SingleBar({ format: 'ingest {bar} {value} read | {events} event reports | {rejected} rejected', stream: process.stderr, hideCursor: true, noTTYOutput: false }, undefined);
    const tty = process.stderr.isTTY && !process.env.CI;
    if (tty) bar.start(1, 0, { events: 0, rejected: 0 });
    try {
      const all = { includeBackground: true };
      const before = await store.countEvents(all);
      const s = await ingestPaths(paths, store, engine, {
        date,
        onProgress: (p) => {
          if (!tty) return;
          bar.setTotal(p.read + 1);
          bar.update(p.read, { events: p.events, rejected: p.rejected.length });
        },
      });
      if (tty) {
        bar.update(s.read, { events: s.events, rejected: s.rejected.length });
        bar.setTotal(s.read);
        bar.stop();
      }
      const rejectsFile = args.rejects ?? `${args.db}.rejects.jsonl`;
      for (const r of s.rejected) {
        console.error(`sitrep: skipped ${formatReadError(r)}`);
        appendFileSync(rejectsFile, JSON.stringify({ ...r, at: new Date().toISOString() }) + '\n');
      }
      console.error(
        `ingested ${s.read} input(s): ${s.inserted} new article(s), ${s.updated} updated, ${s.duplicates} already stored (skipped), ` +
          `${s.events} event report(s) → ${(await store.countEvents(all)) - before} new event(s) (the rest joined events already known), ` +
          `${s.rejected.length} rejected${s.rejected.length ? ` (kept aside in ${rejectsFile})` : ''}`,
      );
      const undated = undatedWarning(s.undated);
      if (undated) console.error(`sitrep: ${undated}`);
      if (s.rejected.length && s.rejected.length === s.read) process.exitCode = 1;
    } finally {
      await store.close();
    }
  },
});
