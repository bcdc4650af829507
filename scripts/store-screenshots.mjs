// `node scripts/store-screenshots.mjs`: the store screenshots (1280x800 PNG) in docs/store/, from
// the test build (the shipped code with fixed names, so the card can be found; it looks the same)
// on the test pages, served on 127.0.0.1.
import { resolve } from 'node:path';
import { launchBrowser } from '../tests/support/browser.mjs';
import { startStaticServer } from '../tests/support/server.mjs';
import { ensureTestBuild } from '../tests/support/test-build.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'docs/store');

ensureTestBuild('chrome');
const server = await startStaticServer({
  '/': resolve(ROOT, 'tests/e2e/fixtures'),
  '/demo/': resolve(ROOT, 'demo'),
});
const session = await launchBrowser({ viewport: { width: 1280, height: 800 } });
try {
  const page = await session.context.newPage();
  const shoot = async (path, name, save) => {
    await page.goto(server.origin + path);
    const term = page.locator('tl-term[data-term-id="dasatinib"]').first();
    await term.waitFor({ timeout: 15_000 });
    await term.scrollIntoViewIfNeeded();
    await term.click();
    const frame = page.locator('tl-popover [role="dialog"] iframe').contentFrame();
    await frame.getByRole('button', { name: /Save to my questions|Remove/ }).waitFor();
    if (save) {
      await frame.getByRole('button', { name: 'Save to my questions' }).click();
      await frame.getByLabel('Add a note or question').fill('Ask: can I take it with food?');
      await frame.getByRole('button', { name: 'Add note' }).click();
      await frame.getByText('Ask: can I take it with food?').waitFor();
    }
    await page.waitForTimeout(400);
    await page.screenshot({ path: resolve(OUT, `${name}.png`) });
    console.log(`docs/store/${name}.png`);
  };
  await shoot('/demo/article.html', 'card-light', false);
  await shoot('/card.html?dark', 'card-dark', false);
  await shoot('/demo/article.html', 'card-saved', true);
} finally {
  await session.close();
  await server.close();
}
