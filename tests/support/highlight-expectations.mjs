// The highlights Termlight must make on two fixed pages, in document order, checked by both the
// Chromium and the Firefox browser tests so the two browsers are held to the same result.
// Refresh after a deliberate glossary or matcher change: node tests/support/highlight-expectations.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const EXPECTATIONS_FILE = resolve(import.meta.dirname, 'expected-highlights.json');

/** Loopback paths of the pages compared (served with /demo/ mounted on demo/, / on the fixtures). */
export const COMPARED_PAGES = ['/demo/article.html', '/traps.html'];

/** @returns {Record<string, string[]>} page path -> "id: text" of every highlight, in order */
export function readExpectations() {
  return JSON.parse(readFileSync(EXPECTATIONS_FILE, 'utf8'));
}

/**
 * Runs in the page: "id: text" of every highlight in the document, in document order. A string
 * (not a function) so both drivers (playwright-core and puppeteer-core) evaluate the same code.
 */
export const HIGHLIGHTS_IN_ORDER = `[...document.querySelectorAll('tl-term')].map(
  (el) => el.getAttribute('data-term-id') + ': ' + el.textContent.replace(/\\s+/g, ' '))`;

// Recording: load each page in Chromium with the built extension and write what it highlighted.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { launchBrowser, REPO_ROOT } = await import('./browser.mjs');
  const { startStaticServer } = await import('./server.mjs');
  const server = await startStaticServer({
    '/': resolve(REPO_ROOT, 'tests/e2e/fixtures'),
    '/demo/': resolve(REPO_ROOT, 'demo'),
  });
  const session = await launchBrowser();
  /** @type {Record<string, string[]>} */
  const recorded = {};
  try {
    for (const path of COMPARED_PAGES) {
      const page = await session.context.newPage();
      await page.goto(server.origin + path);
      await page.waitForFunction(() => document.querySelectorAll('tl-term').length > 0);
      // Highlighting goes in slices; a second after the last change it is done.
      let last = '';
      for (;;) {
        await page.waitForTimeout(1000);
        const now = JSON.stringify(await page.evaluate(HIGHLIGHTS_IN_ORDER));
        if (now === last) break;
        last = now;
      }
      recorded[path] = JSON.parse(last);
      await page.close();
    }
  } finally {
    await session.close();
    await server.close();
  }
  writeFileSync(EXPECTATIONS_FILE, JSON.stringify(recorded, null, 2) + '\n');
  for (const [path, list] of Object.entries(recorded)) console.log(path, list.length, 'highlights');
}
