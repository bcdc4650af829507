import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import {
  launchWithExtension,
  SHIPPED_EXTENSION_DIR,
  type ExtensionSession,
} from './support/browser';
import { clickInFrame } from './support/popover-helpers';
import { startStaticServer, type StaticServer } from './support/server';
import { FIXTURES_DIR } from './support/session';
import { addedNamesInPage, TERMLIGHT_NAMES } from '../support/added-names.mjs';
import { recordingCaughtUp } from '../support/in-page.mjs';

/**
 * Issue #23: a page that records its readers (rrweb 2.2.2 and capture-phase key and input
 * listeners on window) learns nothing of what the reader types, saves or opens. Run on the
 * build that ships (.output/chrome-mv3), whose names and shadow root are the real ones. Two
 * loopback servers on different ports are two origins: site A and site B.
 */

const RRWEB_DIR = resolve(import.meta.dirname, '../../node_modules/rrweb/dist');
const NOTE = 'ask about my relapse qz7';
const TERM = 'ponatinib';

interface Seen {
  keys: string[];
  inputs: string[];
  recording: unknown[];
}

/** What the page has seen, and what its own scripts can read of its DOM (open roots included). */
function pageView(page: Page) {
  return page.evaluate((term) => {
    const seen = (window as unknown as { __seen: Seen }).__seen;
    const readable: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        readable.push(el.tagName, ...el.getAttributeNames());
        if (el.shadowRoot) {
          readable.push(el.shadowRoot.innerHTML);
          walk(el.shadowRoot);
        }
      }
    };
    readable.push(document.documentElement.outerHTML);
    walk(document);
    return {
      keys: seen.keys,
      inputs: seen.inputs,
      recording: JSON.stringify(seen.recording),
      readable: readable.join('\n'),
      termIdAttr: document.querySelector('[data-term-id]') !== null,
      // A fixed sentence on every highlight would list them all: only the focused one has it.
      describedUnfocused: [...document.querySelectorAll('[aria-description]')].filter(
        (el) => el !== document.activeElement,
      ).length,
      openRoots: [...document.querySelectorAll('*')].filter((el) => el.shadowRoot).length,
      termTag: [...document.querySelectorAll('#story *')].find((el) => el.textContent === term)
        ?.tagName,
    };
  }, TERM);
}

/** What Termlight added to the page's DOM (tests/support/added-names.mjs). */
const addedNames = (page: Page) => page.evaluate(addedNamesInPage);

/**
 * Where the reader's own controls are: in an extension frame, or (before issue #23) in the
 * card's open shadow root. Resolves once the card's save control shows.
 */
async function readerControls(page: Page): Promise<Locator> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const frame = page
      .frames()
      .find((f: Frame) => /^(chrome|moz)-extension:/.test(f.url()) && !f.isDetached());
    if (frame) {
      const body = frame.locator('body');
      if (await body.getByRole('region', { name: 'My questions' }).isVisible()) return body;
    }
    const inPage = page.locator('[role="dialog"]');
    if (await inPage.getByRole('region', { name: 'My questions' }).isVisible()) return inPage;
    await page.waitForTimeout(100);
  }
  throw new Error('the card with its save control did not show');
}

/** Opens the card of the term, as a reader does, by clicking it (pinned). */
async function openCard(page: Page): Promise<Locator> {
  await page.locator('#story').getByText(TERM, { exact: true }).click({ timeout: 15_000 });
  return readerControls(page);
}

describe('privacy: a recording page learns nothing the reader types, saves or opens', () => {
  let session: ExtensionSession;
  let siteA: StaticServer;
  let siteB: StaticServer;
  beforeAll(async () => {
    const mounts = { '/': FIXTURES_DIR, '/rrweb/': RRWEB_DIR };
    [siteA, siteB] = await Promise.all([startStaticServer(mounts), startStaticServer(mounts)]);
    session = await launchWithExtension({
      viewport: { width: 1024, height: 800 },
      extensionDir: SHIPPED_EXTENSION_DIR,
    });
  });
  afterAll(async () => {
    const offLoopback = [
      ...(session?.offLoopbackRequests ?? []),
      ...(session?.leakedRequests ?? []),
    ];
    await session?.close();
    await Promise.all([siteA?.close(), siteB?.close()]);
    expect(offLoopback, 'requests that tried to leave the machine').toEqual([]);
  });

  let tagOnA: string | undefined;

  it('site A: a note typed and saved in the card reaches neither its listeners nor its recording', async () => {
    const page = await session.context.newPage();
    await page.goto(`${siteA.origin}/recorded.html`);
    const card = await openCard(page);
    await clickInFrame(card.getByRole('button', { name: 'Save to my questions' }));
    await card.getByRole('button', { name: 'Remove' }).waitFor();
    await clickInFrame(card.getByLabel('Add a note or question'));
    await page.keyboard.type(NOTE);
    await clickInFrame(card.getByRole('button', { name: 'Add note' }));
    await card.getByText(NOTE).waitFor();
    await page.evaluate(recordingCaughtUp, 'checkpoint after the note');

    const seen = await pageView(page);
    expect(seen.keys, 'keys the page heard').toEqual([]);
    expect(seen.inputs, 'input values the page read').toEqual([]);
    expect(seen.recording).toContain(TERM); // the recorder runs and records the page's own text
    expect(seen.recording.includes(NOTE), 'the note in the recording').toBe(false);
    expect(seen.readable.includes(NOTE), 'the note in the readable DOM').toBe(false);
    // Nor any part of it: a recorder that saw the box would hold its value as typed so far.
    // (This replaces a check of the note's own length, which no change to Termlight could fail.)
    for (const word of ['relapse', 'qz7']) {
      expect(seen.recording.includes(word), `"${word}" in the recording`).toBe(false);
    }
    tagOnA = seen.termTag;
    await page.close();
  });

  it('site B: the note and the saved state are absent from its recording and its DOM', async () => {
    const page = await session.context.newPage();
    await page.goto(`${siteB.origin}/recorded.html`);
    const card = await openCard(page);
    // The reader sees their note and that the term is saved...
    await card.getByText(NOTE).waitFor();
    await card.getByRole('button', { name: 'Remove' }).waitFor();
    await page.evaluate(recordingCaughtUp, 'checkpoint after the card');
    // ...and the page sees none of it.
    const seen = await pageView(page);
    for (const secret of [NOTE, 'Saved to My questions', 'Remove', 'Save to my questions']) {
      expect(seen.recording.includes(secret), `"${secret}" in B's recording`).toBe(false);
      expect(seen.readable.includes(secret), `"${secret}" in B's readable DOM`).toBe(false);
    }
    expect(seen.keys).toEqual([]);
    expect(seen.inputs).toEqual([]);
    await page.close();
  });

  it('posts the page no message: not the extension id WXT announces a content script with', async () => {
    const page = await session.context.newPage();
    // The page's own listener, from before anything else runs.
    await page.addInitScript(() => {
      const heard: string[] = [];
      (window as unknown as { __heard: string[] }).__heard = heard;
      addEventListener('message', (e) => heard.push(JSON.stringify(e.data)), true);
    });
    await page.goto(`${siteB.origin}/recorded.html`);
    await page.locator('#story').getByText(TERM, { exact: true }).waitFor({ timeout: 15_000 });
    await expect.poll(() => page.evaluate(() => document.readyState)).toBe('complete');
    // The announcement would be posted at document_start; a posted message arrives in a task.
    await page.evaluate(() => new Promise((ok) => setTimeout(ok, 100)));
    const heard = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
    expect(session.extensionId).toBeTruthy();
    expect(heard.join('\n')).not.toContain(session.extensionId!);
    expect(heard.join('\n')).not.toMatch(/wxt|content-script/i);
    await page.close();
  });

  it('cannot be turned off by a page posting the message WXT announces a script with', async () => {
    // WXT's context stops its content script on that message. A page that knew the extension id
    // could post it; the teardown would then even show the page that Termlight had been on.
    const page = await session.context.newPage();
    await page.goto(`${siteB.origin}/recorded.html`);
    const term = page.locator('#story').getByText(TERM, { exact: true });
    await term.waitFor({ timeout: 15_000 });
    await page.evaluate((id) => {
      // Three times: the top frame ignores the first one.
      for (const messageId of ['a', 'b', 'c']) {
        postMessage(
          {
            type: `${id}:content:wxt:content-script-started`,
            contentScriptName: 'content',
            messageId,
          },
          '*',
        );
      }
    }, session.extensionId!);
    await page.evaluate(() => new Promise((ok) => setTimeout(ok, 500)));
    // Still there, and still highlighting what the page adds.
    expect(await term.count()).toBe(1);
    await page.evaluate((t) => {
      const p = document.createElement('p');
      p.id = 'added';
      p.textContent = `Later: ${t} again.`;
      document.body.append(p);
    }, TERM);
    await page.locator('#added').getByText(TERM, { exact: true }).waitFor({ timeout: 5000 });
    await page.close();
  });

  it('no stable names: no data-term-id, no open shadow root, names differ per page load', async () => {
    const loads = [];
    for (const origin of [siteB.origin, siteB.origin]) {
      const page = await session.context.newPage();
      await page.goto(`${origin}/recorded.html`);
      await openCard(page);
      // The term on its own background gets its palette attribute after a frame.
      await expect
        .poll(async () => (await addedNames(page)).boxed.length, { timeout: 5000 })
        .toBeGreaterThan(0);
      loads.push({ seen: await pageView(page), names: await addedNames(page) });
      await page.close();
    }
    for (const { seen, names } of loads) {
      expect(seen.termIdAttr, "document.querySelector('[data-term-id]')").toBe(false);
      expect(seen.describedUnfocused, 'unfocused elements with an aria-description').toBe(0);
      expect(seen.openRoots, 'open shadow roots in the page').toBe(0);
      expect(seen.readable).not.toMatch(TERMLIGHT_NAMES);
      expect(names.css).not.toMatch(TERMLIGHT_NAMES);
      expect(seen.termTag, 'the highlight element').toBeTruthy();
      expect(seen.termTag).not.toBe(tagOnA);
      // Termlight added names: the highlight tag, the card host, their attributes.
      expect(names.added.length).toBeGreaterThanOrEqual(3);
    }
    const [first, second] = loads.map((l) => l.names);
    // Not one of them is the same in the next load of the same page.
    expect(first!.added.filter((n) => second!.added.includes(n))).toEqual([]);
    expect(first!.boxed.filter((a) => second!.boxed.includes(a))).toEqual([]);
  });
});
