import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { savedNote } from '../../lib/questions/__tests__/fixtures';
import { savedTerm, storeQuestions } from './support/saved-questions';
import { useExtension } from './support/session';

// WCAG 1.4.10 Reflow: at 320 CSS px wide, no extension page scrolls sideways.

const TERMS = [
  savedTerm('imatinib', 'Imatinib', [savedNote('a', 'Can I take it with food?')], {
    pageTitle: 'A page with a rather long title about targeted therapy for ALL',
    pageUrl: 'https://www.example.org/a/very/long/address/that/goes/on/and/on/for/a/while.html',
    context: 'Imatinib is a targeted drug.',
  }),
];

/** How far the page scrolls sideways, and the widest element that makes it. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    let widest = '';
    let right = root.clientWidth;
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.right > right + 0.5) {
        right = r.right;
        widest = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className}`;
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest };
  });
}

describe('extension pages at 320 px', () => {
  const e2e = useExtension({ viewport: { width: 320, height: 640 } });

  async function open(path: string, ready: (page: Page) => Promise<unknown>): Promise<Page> {
    const page = await e2e.session.context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`chrome-extension://${e2e.session.extensionId}/${path}`);
    await ready(page);
    return page;
  }

  const cases: [string, string, (page: Page) => Promise<unknown>][] = [
    [
      'options',
      'options.html',
      (p) => p.getByRole('heading', { name: 'How terms look on a page' }).waitFor(),
    ],
    [
      'My questions',
      'questions.html',
      (p) => p.getByRole('heading', { name: 'Imatinib' }).waitFor(),
    ],
    [
      'print view',
      'questions.html',
      async (p) => {
        await p.getByRole('heading', { name: 'Imatinib' }).waitFor();
        await p.getByRole('button', { name: 'Print view' }).click();
        await p.getByRole('heading', { name: 'Questions for my visit' }).waitFor();
      },
    ],
    [
      'popup',
      'popup.html',
      (p) => p.getByRole('heading', { name: 'Termlight', exact: true }).waitFor(),
    ],
    [
      'study',
      'study.html',
      (p) => p.getByRole('heading', { name: 'Study', exact: true }).waitFor(),
    ],
    [
      'glossary',
      'glossary.html',
      (p) => p.getByRole('heading', { name: 'Termlight glossary', level: 1 }).waitFor(),
    ],
  ];

  it.each(cases)('%s does not scroll sideways', async (_, path, ready) => {
    await storeQuestions(e2e.session, TERMS);
    const page = await open(path, ready);
    const { scrollWidth, clientWidth, widest } = await overflow(page);
    expect(scrollWidth, `widest: ${widest}`).toBeLessThanOrEqual(clientWidth);
    await page.close();
  });
});
