// Copy the non-TypeScript files the compiled code reads at run time (SQL migrations, web assets) into dist/.
import { cpSync, existsSync } from 'node:fs';

for (const dir of ['store/migrations', 'web']) {
  if (existsSync(`src/${dir}`)) cpSync(`src/${dir}`, `dist/${dir}`, { recursive: true, filter: (p) => !p.endsWith('.ts') || p.endsWith('.d.ts') });
}
