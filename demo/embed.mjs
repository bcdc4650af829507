// `npm run demo:embed`: builds the embed script and opens demo/embed.html (a patient-forum page with
// only that script tag) in Chromium, without the extension. Without a display it runs headless,
// opens a definition and saves a screenshot.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';
import { launchBrowser, REPO_ROOT } from '../tests/support/browser.mjs';
import { startStaticServer } from '../tests/support/server.mjs';

const SCREENSHOT = resolve(REPO_ROOT, '.output/termlight-embed-demo.png');
const headed =
  !!process.env.DISPLAY && process.env.CI !== 'true' && !process.argv.includes('--headless');

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build:embed'], { stdio: 'inherit', cwd: REPO_ROOT });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = await startStaticServer({
  '/': resolve(REPO_ROOT, 'demo'),
  '/embed/': resolve(REPO_ROOT, '.output/embed'),
});
const session = await launchBrowser({
  extension: false,
  headless: !headed,
  viewport: headed ? null : { width: 1000, height: 900 },
});
const page = session.context.pages()[0] ?? (await session.context.newPage());
await page.goto(`${server.origin}/embed.html`);
await page.waitForSelector('tl-term', { timeout: 15_000 });
console.log(
  `The embed highlighted ${await page.locator('tl-term').count()} terms on the forum page.`,
);

if (headed) {
  console.log('Hover, tap or Tab to a highlighted term. Close the browser window to finish.');
  await new Promise((done) => session.context.on('close', done));
} else {
  await page.locator('tl-term[data-term-id="dasatinib"]').first().click();
  await page.locator('tl-popover [role="dialog"]').waitFor();
  await page.waitForTimeout(300); // let the fade-in finish
  mkdirSync(resolve(SCREENSHOT, '..'), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  console.log(`No display here, so the demo ran headless. Screenshot: ${SCREENSHOT}`);
  await session.close();
}
await server.close();
if (session.offLoopbackRequests.length) {
  console.error('Requests that tried to leave the machine:', session.offLoopbackRequests);
  process.exit(1);
}
