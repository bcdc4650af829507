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

/** One project of vitest.config.ts (unit, chromium, firefox), its results added to the totals. */
function vitest(project) {
  const report = join(reportDir, `${project}.json`);
  const status = run('npx', [
    'vitest',
    'run',
    '--project',
    project,
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

vitest('unit');

function findFirefox() {
  return [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(
    (p) => p && existsSync(p),
  );
}

/**
 * One browser suite: its builds, then its tests. Without the browser it is skipped loudly, or
 * counted as a failure on CI.
 */
function browserSuite({ browser, found, builds, project, install }) {
  if (found) {
    if (builds.some(([cmd, args]) => run(cmd, args) !== 0)) {
      totals.failed += 1;
      exitCode = 1;
    } else {
      vitest(project);
    }
  } else if (ci) {
    console.error(
      `\nCI: ${browser} is missing, so the ${browser} tests cannot run. That is a failure.`,
    );
    totals.failed += 1;
    exitCode = 1;
  } else {
    console.warn(
      '\n' +
        '!'.repeat(72) +
        `\n!! ${browser.toUpperCase()} TESTS SKIPPED: no ${browser} found.` +
        `\n!! Install it (${install}).` +
        '\n' +
        '!'.repeat(72),
    );
  }
}

browserSuite({
  browser: 'Chromium',
  found: findChromium(),
  builds: [
    ['npx', ['wxt', 'build']],
    ['npm', ['run', 'build:embed']],
  ],
  project: 'chromium',
  install: 'Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH',
});

// Firefox: the Firefox build installed into Firefox ESR (tests/firefox/).
browserSuite({
  browser: 'Firefox',
  found: findFirefox(),
  builds: [['npx', ['wxt', 'build', '-b', 'firefox']]],
  project: 'firefox',
  install: 'Debian/Ubuntu: sudo apt-get install -y firefox-esr) or set FIREFOX_PATH',
});

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(exitCode);
