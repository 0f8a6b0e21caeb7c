/**
 * `npm run eval`: accuracy against the gold sets in ../shared/eval (a measurement, not a test gate).
 * For every `*.input.jsonl` there: run `sitrep extract --format eval`, score it with the set's own
 * scorer, print the scorer's table and the throughput. Exits 0 when the folder is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const evalDir = resolve(process.env.SITREP_EVAL_DIR ?? '../shared/eval');
if (!existsSync(evalDir)) {
  console.log(`no gold data at ${evalDir}: nothing to measure (set SITREP_EVAL_DIR to point elsewhere)`);
  process.exit(0);
}
// Measure the source as it is now (through tsx), never a stale dist/ build.
const cli = ['--import', 'tsx', 'src/cli/main.ts'];
mkdirSync('.tmp/eval', { recursive: true });
const showMisses = process.argv.includes('--misses') ? ['--show-misses', '40'] : [];

for (const input of readdirSync(evalDir).filter((f) => f.endsWith('.input.jsonl')).sort()) {
  const set = input.replace(/\.input\.jsonl$/, '');
  const gold = join(evalDir, `${set}.gold.jsonl`);
  const pred = join('.tmp/eval', `${set}.pred.jsonl`);
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [...cli, 'extract', '--format', 'eval', join(evalDir, input)], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - t0) / 1000;
  if (run.status !== 0) {
    console.error(run.stderr);
    process.exit(1);
  }
  writeFileSync(pred, run.stdout);
  const docs = run.stdout.split('\n').filter(Boolean).length;
  console.log(`\n== ${set}: ${docs} documents in ${seconds.toFixed(1)} s (${(docs / seconds).toFixed(0)} documents/s, including start-up)`);
  if (!existsSync(gold)) {
    console.log(`   (no ${set}.gold.jsonl: predictions written to ${pred})`);
    continue;
  }
  const score = spawnSync(process.execPath, [join(evalDir, 'score.mjs'), gold, pred, ...showMisses], { encoding: 'utf8' });
  process.stdout.write(score.stdout + score.stderr);
}
