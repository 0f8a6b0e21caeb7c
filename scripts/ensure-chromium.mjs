// `pretest`: the browser tests need Debian's Chromium (/usr/bin/chromium). Install it when missing and
// we may (root with apt-get); otherwise say the browser tests will be skipped and why. Never downloads a
// browser build of its own (no `npx playwright install`).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM) && process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.error('pretest: installing Debian chromium for the browser tests (apt-get)…');
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null', { stdio: 'inherit', shell: '/bin/bash' });
  } catch {
    console.error('pretest: could not install chromium; browser tests will be skipped');
  }
}
if (!existsSync(CHROMIUM)) console.error(`pretest: ${CHROMIUM} not found: browser tests will be skipped (install Debian's chromium package)`);
