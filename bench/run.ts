/**
 * `npm run bench [-- --quick] [-- --articles=N] [-- --skip=api,merge] [-- --profile]`
 *
 * One command for every benchmark: extraction vs its floor, ingest vs raw SQLite, then the
 * geocoder, merge and API benchmarks (imported dynamically: a missing module or export is
 * reported as "not available", so the runner works while those are being written).
 * Prints a table and writes `bench/results.json` (gitignored).
 *
 * Environment: BENCH_API_EVENTS (default 200,000; 20,000 with --quick; the target size is 1,000,000),
 * BENCH_MERGE_MAX (merge benchmark size; its own default, 100k reports; 10k with --quick).
 */
import './built.ts';
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine } from '../dist/app/pipeline.js';
import { corpusStats, generateCorpus, writeCorpus } from './corpus.ts';
import { EXTRACTION_TARGETS, profilePhases, runExtractionBench } from './extraction.bench.ts';
import { INGEST_TARGETS, type IngestBenchResult } from './ingest.bench.ts';

const HERE = dirname(fileURLToPath(import.meta.url));

// ---- arguments -------------------------------------------------------------------------------
const argv = process.argv.slice(2);
const flag = (name: string): boolean => argv.includes(`--${name}`);
const opt = (name: string): string | undefined => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
if (flag('help') || flag('h')) {
  console.log(`usage: npm run bench -- [--quick] [--articles=N] [--skip=extraction,ingest,geocoder,merge,api] [--profile]
  --quick        300 articles, 20k API events, 10k merge reports, 1 save repeat (smoke test)
  --articles=N   corpus size (default 2000)
  --skip=LIST    sections to skip
  --profile      per-phase extraction timings even when the target is met
  BENCH_API_EVENTS=N  events for the API benchmark (default 200000; target size 1000000)
  BENCH_MERGE_MAX=N   reports for the merge benchmark (default: its own, 100000)`);
  process.exit(0);
}
const quick = flag('quick');
const nArticles = Number(opt('articles') ?? (quick ? 300 : 2000));
const skip = new Set((opt('skip') ?? '').split(',').filter(Boolean));
const apiEvents = Number(process.env.BENCH_API_EVENTS ?? (quick ? 20_000 : 200_000));
/** Merge benchmark size: its own default (100k reports) unless BENCH_MERGE_MAX is set; 10k with --quick. */
const mergeMax = process.env.BENCH_MERGE_MAX ? Number(process.env.BENCH_MERGE_MAX) : quick ? 10_000 : undefined;

// ---- output helpers --------------------------------------------------------------------------
type Row = [section: string, metric: string, value: string, target: string, status: string];
const rows: Row[] = [];
const fmt = (n: number, d = 0): string => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const pass = (ok: boolean): string => (ok ? 'ok' : 'BELOW');
const row = (section: string, metric: string, value: string, target = '', status = ''): void => {
  rows.push([section, metric, value, target, status]);
};
const log = (s: string): void => {
  process.stderr.write(`[bench] ${s}\n`);
};

type Outcome = { kind: 'ok'; result: unknown } | { kind: 'missing'; reason: string } | { kind: 'error'; message: string };

/** Dynamically import `bench/<file>` and call its export `name(...args)`, if both exist. */
async function callOptional(file: string, name: string, args: unknown[]): Promise<Outcome> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(`./${file}`)) as Record<string, unknown>;
  } catch (e) {
    const msg = String((e as Error).message);
    const notFound = (e as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' && msg.includes(file);
    return { kind: 'missing', reason: notFound ? `${file} not found` : `${file} failed to load: ${msg.split('\n')[0]}` };
  }
  const fn = mod[name];
  if (typeof fn !== 'function') return { kind: 'missing', reason: `${file} has no export ${name}()` };
  try {
    return { kind: 'ok', result: await (fn as (...a: unknown[]) => Promise<unknown>)(...args) };
  } catch (e) {
    return { kind: 'error', message: (e as Error).message.split('\n')[0]! };
  }
}

// Child mode: the geocoder, merge and API benchmarks each run in a fresh process (forked from
// this file), so their load times and RSS are not skewed by the extraction engine already in
// memory here, and theirs do not inflate ours.
const child = opt('child');
if (child) {
  const { file, name, args } = JSON.parse(child) as { file: string; name: string; args: unknown[] };
  const out = await callOptional(file, name, args);
  await new Promise<void>((res) => process.send!(out, () => res()));
  process.exit(0);
}

function runIsolated(file: string, name: string, args: unknown[]): Promise<Outcome> {
  return new Promise((resolve) => {
    // --expose-gc lets a benchmark drop what it no longer measures (e.g. a second gazetteer) between phases.
    const cp = fork(fileURLToPath(import.meta.url), [`--child=${JSON.stringify({ file, name, args })}`], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [...process.execArgv, '--expose-gc'] });
    let got: Outcome | null = null;
    cp.on('message', (m) => {
      got = m as Outcome;
    });
    cp.on('error', (e) => resolve({ kind: 'error', message: `could not start child: ${e.message}` }));
    cp.on('exit', (code, sig) => resolve(got ?? { kind: 'error', message: `child exited (${sig ?? code}) without a result` }));
  });
}

const results: Record<string, unknown> = {
  timestamp: new Date().toISOString(),
  machine: {
    cores: cpus().length,
    cpu_model: cpus()[0]?.model ?? 'unknown',
    node_version: process.version,
    platform: `${platform()} ${release()}`,
    total_mem_gb: +(totalmem() / 2 ** 30).toFixed(1),
    loadavg_at_start: loadavg().map((x) => +x.toFixed(2)),
  },
  options: { quick, articles: nArticles, api_events: apiEvents, merge_max: mergeMax ?? 'default', skipped: [...skip] },
};

// ---- corpus ----------------------------------------------------------------------------------
const tc = performance.now();
const articles = generateCorpus({ n: nArticles });
const corpusPath = writeCorpus(articles);
const cstats = corpusStats(articles);
results.corpus = { ...cstats, seed: 20240501, generated_ms: Math.round(performance.now() - tc), path: corpusPath.replace(`${HERE}/`, 'bench/') };
row('corpus', 'articles (words min/mean/max)', `${fmt(cstats.articles)} (${cstats.words_min}/${cstats.words_mean}/${cstats.words_max})`);

// ---- engine ----------------------------------------------------------------------------------
log('loading engine (gazetteer + lexicons)…');
const te = performance.now();
const engine = createEngine();
const engineLoadMs = Math.round(performance.now() - te);

// ---- extraction (first, so peak RSS is the extractor's, not the other benchmarks') -----------
if (!skip.has('extraction')) {
  log(`extraction: ${fmt(articles.length)} articles, sequential, one core…`);
  const x = await runExtractionBench({ articles, engine, engineLoadMs });
  results.extraction = x;
  row('extraction', 'engine load (excluded)', `${fmt(x.engine_load_ms)} ms`);
  row('extraction', 'articles/s (one core)', fmt(x.articles_per_s, 1), `≥ ${EXTRACTION_TARGETS.articles_per_s}`, pass(x.articles_per_s >= EXTRACTION_TARGETS.articles_per_s));
  row('extraction', 'ms/article', fmt(x.ms_per_article, 2));
  row('extraction', 'words/s', fmt(x.words_per_s));
  row('extraction', 'events extracted (errors)', `${fmt(x.events)} (${x.errors})`);
  row('extraction', 'peak RSS', `${fmt(x.peak_rss_mb)} MB`);
  row('extraction', `floor: ${x.floor.name} articles/s`, fmt(x.floor.articles_per_s));
  row('extraction', `ratio to floor (median of ${x.passes} paired passes)`, fmt(x.ratio_to_floor, 3), `≥ ${EXTRACTION_TARGETS.ratio_to_floor}`, pass(x.ratio_to_floor >= EXTRACTION_TARGETS.ratio_to_floor));
  row('extraction', 'ratio per pass', x.ratio_passes.map((r) => fmt(r, 3)).join(' '));
  if (!x.meets_target || flag('profile')) {
    log(`extraction below target (or --profile): per-phase timings on ${fmt(articles.length)} articles…`);
    const prof = profilePhases(articles, engine);
    results.extraction_profile = prof;
    for (const s of prof.phases) row('extraction profile', s.phase, `${fmt(s.ms_per_article, 3)} ms/article`, '', `${fmt(s.share * 100, 1)} %`);
  }
}

// ---- other benchmarks (owned elsewhere; optional) ---------------------------------------------
async function section<R>(key: string, file: string, name: string, args: unknown[], show: (r: R) => void): Promise<void> {
  if (skip.has(key)) return;
  log(`${key}: ${file} ${name}() in a child process…`);
  const out = await runIsolated(file, name, args);
  if (out.kind === 'missing') {
    results[key] = { available: false, reason: out.reason };
    row(key, 'not available', out.reason);
  } else if (out.kind === 'error') {
    results[key] = { available: true, error: out.message };
    row(key, 'failed', out.message);
  } else {
    results[key] = { available: true, ...(out.result as object) };
    show(out.result as R);
  }
}

// Ingest runs in a child too: a fresh heap, not the one the extraction passes just filled, whose
// garbage collections landed on whichever side of the store-vs-raw pair was running (0.55–0.85).
await section<IngestBenchResult>('ingest', 'ingest.bench.ts', 'runIngestBench', [{ n: nArticles, repeats: quick ? 1 : 5 }], (g) => {
  row('ingest', 'end to end articles/s (extract + store)', fmt(g.end_to_end.articles_per_s, 1));
  row('ingest', `store saveMany rows/s, best pass (${fmt(g.save.rows)} rows)`, fmt(g.save.store_rows_per_s));
  row('ingest', 'raw prepared INSERT rows/s, best pass', fmt(g.save.raw_rows_per_s));
  row('ingest', `store ÷ raw (median of ${g.save.repeats} paired passes)`, fmt(g.save.ratio_to_raw, 3), `≥ ${INGEST_TARGETS.save_ratio_to_raw}`, pass(g.save.meets_target));
  row('ingest', 'store ÷ raw per pass', g.save.ratio_passes.map((r) => fmt(r, 3)).join(' '));
  if (g.save.store_work_seconds !== undefined) row('ingest', 'store s / raw s / store work alone (no-op SQLite) s', `${fmt(g.save.store_seconds, 3)} / ${fmt(g.save.raw_seconds, 3)} / ${fmt(g.save.store_work_seconds, 3)}`);
});

await section<{ load_ms: number; rss_mb: number; lookups_per_s: number; uncached_lookups_per_s: number; findMentions_paragraphs_per_s: number }>('geocoder', 'geocoder.bench.ts', 'runGeocoderBench', [], (r) => {
  row('geocoder', 'load', `${fmt(r.load_ms)} ms`, '≤ 1,500 ms', pass(r.load_ms <= 1500));
  row('geocoder', 'RSS after load', `${fmt(r.rss_mb)} MB`, '≤ 400 MB', pass(r.rss_mb <= 400));
  row('geocoder', 'lookups/s (with the result cache)', fmt(r.lookups_per_s), '≥ 200,000', pass(r.lookups_per_s >= 200_000));
  row('geocoder', 'lookups/s (no cache: every call ranked)', fmt(r.uncached_lookups_per_s), '≥ 200,000', pass(r.uncached_lookups_per_s >= 200_000));
  row('geocoder', 'findMentions paragraphs/s', fmt(r.findMentions_paragraphs_per_s));
});

await section<{ points: Array<{ events: number; seconds: number; per_event_us: number }>; one_story?: { reports: number; first_100_us: number; last_100_us: number } }>('merge', 'merge.bench.ts', 'runMergeBench', [mergeMax === undefined ? {} : { max: mergeMax }], (r) => {
  for (const p of r.points ?? []) row('merge', `${fmt(p.events)} reports`, `${fmt(p.seconds, 2)} s, ${fmt(p.per_event_us, 1)} µs/report`);
  if (r.one_story) row('merge', `one event, ${fmt(r.one_story.reports)} sources`, `${fmt(r.one_story.first_100_us)} → ${fmt(r.one_story.last_100_us)} µs/report (first → last 100)`);
});

await section<{ events: number; p50_ms: number; p95_ms: number; direct_p50_ms: number; direct_p95_ms: number; ratio: number }>('api', 'api.bench.ts', 'runApiBench', [{ events: apiEvents }], (r) => {
  const note = r.events < 1_000_000 ? ' (target size 1M: BENCH_API_EVENTS=1000000)' : '';
  row('api', `events in store${note}`, fmt(r.events));
  row('api', 'GET /api/events p50 / p95', `${fmt(r.p50_ms, 2)} / ${fmt(r.p95_ms, 2)} ms`);
  row('api', 'direct store p50 / p95', `${fmt(r.direct_p50_ms, 2)} / ${fmt(r.direct_p95_ms, 2)} ms`);
  row('api', 'API ÷ direct (p50)', fmt(r.ratio, 2));
});

// ---- output ----------------------------------------------------------------------------------
(results.machine as Record<string, unknown>).loadavg_at_end = loadavg().map((x) => +x.toFixed(2));
results.peak_rss_mb_process = Math.round(process.resourceUsage().maxRSS / 1024);
const outPath = join(HERE, 'results.json');
writeFileSync(outPath, JSON.stringify(results, null, 2) + '\n');

const head: Row = ['section', 'metric', 'value', 'target', 'status'];
const widths = head.map((_, i) => Math.max(...[head, ...rows].map((r) => r[i]!.length)));
const line = (r: Row): string => r.map((c, i) => (i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
const m = results.machine as { cores: number; cpu_model: string; node_version: string; loadavg_at_start: number[] };
console.log(`\nsitrep bench — ${m.cpu_model}, ${m.cores} cores, Node ${m.node_version}, load avg ${m.loadavg_at_start.join(' ')}${quick ? ' — QUICK RUN' : ''}\n`);
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
let prev = '';
for (const r of rows) {
  console.log(line([r[0] === prev ? '' : r[0], r[1], r[2], r[3], r[4]]));
  prev = r[0];
}
console.log(`\nresults: ${outPath.replace(`${process.cwd()}/`, '')}`);
