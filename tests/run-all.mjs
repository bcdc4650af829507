// `npm test`: unit tests, then the build and the real-browser tests, then one plain line
// "N passed, N failed" summed over every run (CI reads that line, not Vitest's own summary).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const reportDir = join(import.meta.dirname, '..', 'test-results');
mkdirSync(reportDir, { recursive: true });

const totals = { passed: 0, failed: 0 };
let exitCode = 0;

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  return r.status ?? 1;
}

function vitest(name, config) {
  const report = join(reportDir, `${name}.json`);
  const status = run('npx', [
    'vitest',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += json.numPassedTests ?? 0;
    totals.failed += json.numFailedTests ?? 0;
    // A suite that fails to load has no failed tests but is still a failure.
    if (status !== 0 && !json.numFailedTests) totals.failed += 1;
  } else if (status !== 0) {
    totals.failed += 1;
  }
  if (status !== 0) exitCode = 1;
}

function findChromium() {
  return [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (p) => p && existsSync(p),
  );
}

vitest('unit', 'vitest.config.ts');

if (findChromium()) {
  if (run('npx', ['wxt', 'build']) !== 0 || run('npm', ['run', 'build:embed']) !== 0) {
    totals.failed += 1;
    exitCode = 1;
  } else {
    vitest('e2e', 'vitest.e2e.config.ts');
  }
} else if (ci) {
  console.error('\nCI: Chromium is missing, so the browser tests cannot run. That is a failure.');
  totals.failed += 1;
  exitCode = 1;
} else {
  console.warn(
    '\n' +
      '!'.repeat(72) +
      '\n!! BROWSER TESTS SKIPPED: no Chromium found.' +
      '\n!! Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH.' +
      '\n' +
      '!'.repeat(72),
  );
}

function findFirefox() {
  return [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(
    (p) => p && existsSync(p),
  );
}

// Firefox: the Firefox build installed into Firefox ESR (tests/firefox/).
if (findFirefox()) {
  if (run('npx', ['wxt', 'build', '-b', 'firefox']) !== 0) {
    totals.failed += 1;
    exitCode = 1;
  } else {
    vitest('firefox', 'vitest.firefox.config.ts');
  }
} else if (ci) {
  console.error('\nCI: Firefox is missing, so the Firefox tests cannot run. That is a failure.');
  totals.failed += 1;
  exitCode = 1;
} else {
  console.warn(
    '\n' +
      '!'.repeat(72) +
      '\n!! FIREFOX TESTS SKIPPED: no Firefox found.' +
      '\n!! Install it (Debian/Ubuntu: sudo apt-get install -y firefox-esr) or set FIREFOX_PATH.' +
      '\n' +
      '!'.repeat(72),
  );
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(exitCode);
