/** Tiny TSV reader for the hand-written data files: `#` comment lines, one header line, tab-separated. */
import { readFileSync } from 'node:fs';

/** Rows of a TSV file as objects keyed by the header; blank and `#` lines skipped. */
export function readTsv(path: string): Record<string, string>[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const header = lines.shift()?.split('\t') ?? [];
  return lines.map((line) => {
    const cells = line.split('\t');
    const row: Record<string, string> = {};
    header.forEach((h, i) => (row[h] = (cells[i] ?? '').trim()));
    return row;
  });
}

/** Splits a `|`-separated list, dropping empties. */
export function splitList(s: string | undefined): string[] {
  return (s ?? '').split('|').map((x) => x.trim()).filter(Boolean);
}
