/** `sitrep extract PATH... [--format eval|json]`: extract without storing, one JSON line per article. */
import { defineCommand } from 'citty';
import { createEngine, extractPaths, undatedWarning } from '../../app/pipeline.ts';
import { flattenEvent } from '../../extract/flat.ts';
import { dayArg, positionals, writeOut, formatReadError } from '../_shared.ts';
import { UsageError } from '../errors.ts';

export default defineCommand({
  meta: { name: 'extract', description: 'Extract events from articles without storing them; prints one JSON line per article' },
  args: {
    paths: { type: 'positional', description: 'Files, folders, or - for stdin', required: true },
    format: { type: 'enum', options: ['eval', 'full'], default: 'eval', description: 'eval: {id, events:[flat fields]}; full: every field with its evidence span and rule' },
    date: { type: 'string', description: 'Article date (YYYY-MM-DD) for plain text without a date header' },
    'include-background': { type: 'boolean', default: true, description: 'Include background events (marked background:true, never dated to the article day)' },
  },
  async run({ args }) {
    const paths = positionals(args as { _: string[] });
    if (!paths.length) throw new UsageError('give at least one PATH');
    const engine = createEngine();
    let failures = 0;
    let done = 0;
    const undated: string[] = [];
    for await (const item of extractPaths(paths, engine, { date: dayArg('date', args.date) })) {
      if (!item.ok) {
        failures++;
        console.error(`sitrep: ${formatReadError(item.error)}`);
        continue;
      }
      done++;
      const { article, events, framing } = item.extraction;
      if (article.date === null) undated.push(article.id);
      const kept = events.filter((e) => args['include-background'] || !e.background);
      const line = args.format === 'full'
        ? { id: article.id, date: article.date, events: kept, framing }
        : { id: article.id, events: kept.map(flattenEvent), framing: framing.map((f) => ({ term: f.term, category: f.category })) };
      await writeOut(JSON.stringify(line) + '\n');
    }
    const warning = undatedWarning(undated);
    if (warning) console.error(`sitrep: ${warning}`);
    if (failures) console.error(`sitrep: ${failures} input(s) could not be read or extracted (see above)`);
    if (failures && !done) process.exitCode = 1;
  },
});
