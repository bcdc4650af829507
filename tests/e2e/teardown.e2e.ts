import { describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { useExtension } from './support/session';
import { waitForHighlights } from './support/page-helpers';

// Own file: reloading the extension ends the session's service worker for every later test.

/** The id of the content script's isolated world in the page's top frame (DevTools lists it). */
async function contentScriptWorld(cdp: CDPSession): Promise<number> {
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  const world = worlds.find(
    (w) => w.auxData?.type === 'isolated' && w.origin.startsWith('chrome-extension://'),
  );
  if (!world) throw new Error('no content script world in the page');
  return world.id;
}

/** The listeners a world has on document and window ("document:click", ...), sorted. */
async function listenerTypes(cdp: CDPSession, contextId: number): Promise<string[]> {
  const types: string[] = [];
  for (const expression of ['document', 'window']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression, contextId });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId!,
    });
    types.push(...listeners.map((l) => `${expression}:${l.type}`));
  }
  return types.sort();
}

const POPOVER_EVENTS = [
  'document:click',
  'document:focusin',
  'document:focusout',
  'document:keydown',
  'document:pointerdown',
  'document:pointerout',
  'document:pointerover',
  'window:resize',
  'window:scroll',
];

const termCount = (page: Page) => page.evaluate(() => document.querySelectorAll('tl-term').length);

describe('an extension reload or update', () => {
  const e2e = useExtension();

  it('leaves no listener, highlight or reaction of the old content script behind', async () => {
    const page = await e2e.session.context.newPage();
    await page.goto(e2e.url('/popover.html'));
    await waitForHighlights(page);
    const cdp = await e2e.session.context.newCDPSession(page);
    const world = await contentScriptWorld(cdp);

    const before = await listenerTypes(cdp, world);
    // Control: the count sees the content script's own (isolated world) listeners.
    for (const type of POPOVER_EVENTS) expect(before).toContain(type);

    await e2e.session.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { reload(): void } } }
      ).chrome.runtime.reload(),
    );

    await page.waitForFunction(() => document.querySelectorAll('tl-term').length === 0, null, {
      timeout: 20_000,
    });
    // Every listener of the content script's world is gone (WXT's own "message" one too).
    expect(await listenerTypes(cdp, world)).toEqual([]);

    // No reaction to page changes: new text with a term stays plain...
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = 'Imatinib is a tyrosine kinase inhibitor.';
      document.body.append(p);
    });
    // ...after more than one full debounce and slice cycle of the highlighter, and two frames.
    await page.evaluate(
      () =>
        new Promise((done) =>
          setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(done)), 1000),
        ),
    );
    expect(await termCount(page)).toBe(0);
    expect(await page.locator('tl-popover').count()).toBe(0);
    await cdp.detach();
    await page.close();
  });
});
