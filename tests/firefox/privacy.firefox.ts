import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { startStaticServer, type StaticServer } from '../support/server.mjs';
import {
  FIREFOX_SHIPPED_EXTENSION_DIR,
  launchFirefox,
  type FirefoxSession,
} from './support/firefox';
import { FIXTURES_DIR } from './support/session';
import { inReaderFrame } from './support/page-helpers';
import { addedNamesInPage, TERMLIGHT_NAMES } from '../support/added-names.mjs';
import { recordingCaughtUp } from '../support/in-page.mjs';

/**
 * Issue #23 in Firefox: the page that records its readers (tests/e2e/fixtures/recorded.html, rrweb
 * and key/input listeners) learns nothing of what the reader types or saves; the shipped build,
 * two origins (two loopback ports). The Chromium twin is tests/e2e/privacy.e2e.ts.
 */

const RRWEB_DIR = resolve(import.meta.dirname, '../../node_modules/rrweb/dist');
const NOTE = 'ask about my relapse qz7';

const inFrame = inReaderFrame;

const clickInFrame = (page: Page, name: string) =>
  inFrame<boolean>(
    page,
    `const b = [...card.querySelectorAll('button')].find((x) => x.textContent.trim() === ${JSON.stringify(name)});
     if (!b || b.disabled) return false; b.click(); return true;`,
  );

/** What the page saw, and what its scripts can read of its DOM. */
function pageView(page: Page) {
  return page.evaluate(() => {
    const seen = (
      window as unknown as { __seen: { keys: string[]; inputs: string[]; recording: unknown[] } }
    ).__seen;
    return {
      keys: seen.keys,
      inputs: seen.inputs,
      recording: JSON.stringify(seen.recording),
      readable: document.documentElement.outerHTML,
      termIdAttr: document.querySelector('[data-term-id]') !== null,
      openRoots: [...document.querySelectorAll('*')].filter((el) => el.shadowRoot).length,
    };
  });
}

/** Clicks the term by its text, as a reader does, and waits for the card's save control. */
async function openCard(page: Page): Promise<void> {
  await page.waitForFunction(
    () => [...document.querySelectorAll('#story *')].some((el) => el.textContent === 'ponatinib'),
    { timeout: 15_000 },
  );
  const box = await page.evaluate(() => {
    const el = [...document.querySelectorAll('#story *')].find(
      (e) => e.textContent === 'ponatinib',
    )!;
    const r = el.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  await page.mouse.click(box.x, box.y);
  await expect
    .poll(() => inFrame<boolean>(page, `return !!card.querySelector('section')`), {
      timeout: 15_000,
    })
    .toBe(true);
}

describe('Firefox privacy: a recording page learns nothing the reader types or saves', () => {
  let session: FirefoxSession;
  let siteA: StaticServer;
  let siteB: StaticServer;
  beforeAll(async () => {
    const mounts = { '/': FIXTURES_DIR, '/rrweb/': RRWEB_DIR };
    [siteA, siteB] = await Promise.all([startStaticServer(mounts), startStaticServer(mounts)]);
    session = await launchFirefox({
      extensionDir: FIREFOX_SHIPPED_EXTENSION_DIR,
      viewport: { width: 1024, height: 800 },
    });
  });
  afterAll(async () => {
    const outbound = session?.outbound ?? [];
    await session?.close();
    await Promise.all([siteA?.close(), siteB?.close()]);
    expect(outbound).toEqual([]);
  });

  it('site A hears no key of a typed note; site B sees neither the note nor the saved state', async () => {
    const a = await session.newPage();
    await a.goto(`${siteA.origin}/recorded.html`, { waitUntil: 'domcontentloaded' });
    await openCard(a);
    await expect
      .poll(() => clickInFrame(a, 'Save to my questions'), { timeout: 10_000 })
      .toBe(true);
    await expect
      .poll(() => inFrame<boolean>(a, `return !!card.querySelector('textarea')`), {
        timeout: 10_000,
      })
      .toBe(true);
    await inFrame(a, `card.querySelector('textarea').focus(); return true;`);
    await a.keyboard.type(NOTE);
    expect(await clickInFrame(a, 'Add note')).toBe(true);
    await expect
      .poll(() => inFrame<boolean>(a, `return card.innerText.includes(${JSON.stringify(NOTE)})`), {
        timeout: 10_000,
      })
      .toBe(true);
    await a.evaluate(recordingCaughtUp, 'checkpoint after the note');
    const seenA = await pageView(a);
    expect(seenA.keys).toEqual([]);
    expect(seenA.inputs).toEqual([]);
    expect(seenA.recording).toContain('ponatinib');
    expect(seenA.recording.includes(NOTE)).toBe(false);
    expect(seenA.readable.includes(NOTE)).toBe(false);

    const b = await session.newPage();
    await b.goto(`${siteB.origin}/recorded.html`, { waitUntil: 'domcontentloaded' });
    await openCard(b);
    await expect
      .poll(() => inFrame<boolean>(b, `return card.innerText.includes(${JSON.stringify(NOTE)})`), {
        timeout: 10_000,
      })
      .toBe(true);
    await b.evaluate(recordingCaughtUp, 'checkpoint after the card');
    const seenB = await pageView(b);
    for (const secret of [NOTE, 'Saved to My questions', 'Remove', 'Save to my questions']) {
      expect(seenB.recording.includes(secret), `"${secret}" in B's recording`).toBe(false);
      expect(seenB.readable.includes(secret), `"${secret}" in B's DOM`).toBe(false);
    }
    expect(seenB.termIdAttr).toBe(false);
    expect(seenB.openRoots).toBe(0);
    expect(seenB.readable).not.toMatch(TERMLIGHT_NAMES);
    // Every name Termlight added differs between the two page loads (the palette attribute of
    // the term on a background of its own among them).
    const [namesA, namesB] = await Promise.all([a, b].map((p) => p.evaluate(addedNamesInPage)));
    for (const names of [namesA!, namesB!]) {
      expect(names.boxed.length).toBeGreaterThan(0);
      expect(names.added.length).toBeGreaterThanOrEqual(3);
      expect(names.css).not.toMatch(TERMLIGHT_NAMES);
    }
    expect(namesA!.added.filter((n) => namesB!.added.includes(n))).toEqual([]);
  });
});
