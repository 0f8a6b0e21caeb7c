/**
 * The benchmarks time the compiled build (`dist/`, what the `sitrep` CLI and the package run), not
 * the sources under tsx: tsx wraps every closure in a naming helper (esbuild's `keepNames`), which
 * costs extraction about 5 %. `npm run bench` builds first; run a bench file alone after `npm run
 * build`. Imported first by each bench file: it fails loudly when `dist/` is older than `src/`.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Newest modification time of the compiled sources under `dir` (tests and the browser app are not compiled). */
function newestSource(dir: string): { path: string; ms: number } {
  let best = { path: '', ms: 0 };
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (p === join(ROOT, 'src', 'web')) continue;
      const n = newestSource(p);
      if (n.ms > best.ms) best = n;
    } else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) {
      const ms = statSync(p).mtimeMs;
      if (ms > best.ms) best = { path: p, ms };
    }
  }
  return best;
}

/** Throws unless `dist/` exists and was built after the last change to `src/`. */
export function assertFreshBuild(): void {
  const marker = join(ROOT, 'dist', 'app', 'pipeline.js');
  if (!existsSync(marker)) throw new Error('bench: dist/ is missing; run `npm run build` first (npm run bench does)');
  const src = newestSource(join(ROOT, 'src'));
  if (src.ms > statSync(marker).mtimeMs) {
    throw new Error(`bench: dist/ is older than ${src.path.slice(ROOT.length + 1)}; run \`npm run build\` first (npm run bench does)`);
  }
}

assertFreshBuild();
