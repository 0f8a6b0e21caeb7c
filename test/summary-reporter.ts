/**
 * Prints one plain closing line, "tests: N passed, N failed, N skipped", after vitest's own report,
 * so CI logs state the count in a form any reader understands.
 */
import type { Reporter } from 'vitest/reporters';

type Task = { type: string; mode?: string; result?: { state?: string }; tasks?: Task[] };

function count(tasks: Task[], acc = { passed: 0, failed: 0, skipped: 0 }) {
  for (const t of tasks) {
    if (t.tasks) count(t.tasks, acc);
    if (t.type !== 'test') continue;
    if (t.result?.state === 'pass') acc.passed++;
    else if (t.result?.state === 'fail') acc.failed++;
    else acc.skipped++;
  }
  return acc;
}

export default class SummaryReporter implements Reporter {
  onFinished(files: Task[] = [], errors: unknown[] = []) {
    const c = count(files);
    // A file that failed to load fails with no failed test inside it: count it once.
    const failedFiles = files.filter((f) => f.result?.state === 'fail' && count([f]).failed === 0).length + errors.length;
    console.log(`tests: ${c.passed} passed, ${c.failed + failedFiles} failed, ${c.skipped} skipped`);
  }
}
