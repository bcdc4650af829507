// `npm run demo`: builds Termlight and opens the bundled demo article in Chromium with the
// extension loaded. Without a display it runs headless, opens a definition and saves a screenshot.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';
import { launchBrowser, REPO_ROOT } from '../tests/support/browser.mjs';
import { startStaticServer } from '../tests/support/server.mjs';
import { ensureTestBuild } from '../tests/support/test-build.mjs';

const SCREENSHOT = resolve(REPO_ROOT, '.output/termlight-demo.png');
const headed =
  !!process.env.DISPLAY && process.env.CI !== 'true' && !process.argv.includes('--headless');

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', cwd: REPO_ROOT });
  if (build.status !== 0) process.exit(build.status ?? 1);
  // The demo loads the test build (the same code with fixed element names, which it finds the
  // terms and the card by): on a fresh clone it is built here.
  ensureTestBuild('chrome');
}

const server = await startStaticServer({ '/': resolve(REPO_ROOT, 'demo') });
const session = await launchBrowser({
  headless: !headed,
  viewport: headed ? null : { width: 1200, height: 1100 },
});
const page = session.context.pages()[0] ?? (await session.context.newPage());
await page.goto(`${server.origin}/article.html`);
await page.waitForSelector('tl-term', { timeout: 15_000 });
const count = await page.locator('tl-term').count();
console.log(`Termlight highlighted ${count} terms on the demo article.`);

if (headed) {
  console.log('Hover, tap or Tab to a highlighted term. Close the browser window to finish.');
  await new Promise((done) => session.context.on('close', done));
} else {
  const term = page.locator('tl-term[data-term-id="dasatinib"]').first();
  // Put the term near the top, so the definition opens below it with room to show.
  await term.evaluate((el) => {
    el.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -140);
  });
  await term.click();
  await page.locator('tl-popover [role="dialog"]').waitFor();
  await page.waitForTimeout(300); // let the fade-in finish
  mkdirSync(resolve(SCREENSHOT, '..'), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  console.log(`No display here, so Termlight ran headless. Screenshot: ${SCREENSHOT}`);
  await session.close();
}
await server.close();
if (session.offLoopbackRequests.length) {
  console.error('Requests that tried to leave the machine:', session.offLoopbackRequests);
  process.exit(1);
}
