import { describe, expect, it } from 'vitest';
import { useExtension } from './support/session';
import { highlights, waitForHighlights } from './support/page-helpers';

/** One paragraph of about `chars` characters in a single text node. */
function longParagraph(chars: number): { html: string } {
  const filler = 'the patient was given care and rest with family support during weeks of ';
  const sentence = `${filler}imatinib ${filler}chemotherapy ${filler}`;
  const repeats = Math.ceil(chars / sentence.length);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long paragraph</title></head>
<body><h1>One long paragraph</h1><p id="long">${sentence.repeat(repeats)}</p></body></html>`;
  return { html };
}

const LONG = longParagraph(400_000);

const NEVER_IDLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Never idle</title></head>
<body><p>Readers online: <span id="counter">0</span></p><div id="feed"><p>Old news about imatinib.</p></div>
<script>
  // A counter that changes every 20 ms, for ever: the page never goes quiet.
  let n = 0;
  setInterval(() => { document.getElementById('counter').textContent = String(++n); }, 20);
  window.addItem = (text) => {
    const p = document.createElement('p');
    p.textContent = text;
    document.getElementById('feed').append(p);
  };
</script></body></html>`;

const EDITABLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Editable</title></head>
<body><div id="note"><p>Ask about imatinib and other targeted therapy.</p></div>
<p id="other">Chemotherapy is another option.</p></body></html>`;

describe('highlighting on demanding pages', () => {
  const e2e = useExtension({
    routes: {
      '/long-paragraph.html': () => LONG.html,
      '/never-idle.html': () => NEVER_IDLE,
      '/editable.html': () => EDITABLE,
    },
  });

  it('highlights the on-screen terms of a 400 kB single-text-node paragraph without freezing the tab', async () => {
    const page = await e2e.session.context.newPage();
    // Long animation frames (script, style and layout together), from the start of the page.
    await page.addInitScript(() => {
      const frames: [number, number][] = [];
      (window as unknown as { frames_: typeof frames }).frames_ = frames;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) frames.push([e.startTime, e.duration]);
      }).observe({ type: 'long-animation-frame', buffered: true });
    });
    await page.goto(e2e.url('/long-paragraph.html'));
    // A text node this big is painted with the CSS Custom Highlight API, not wrapped
    // (lib/highlight/paint.ts): every occurrence on screen gets a painted range (or, once the
    // reader reaches it, an element).
    const onScreen = () =>
      page.evaluate(() => {
        const visible = (r: DOMRect) => r.bottom > 0 && r.top < innerHeight && r.width > 0;
        const painted = [...(CSS.highlights.get('tl-term') ?? [])].filter((r) =>
          visible((r as Range).getBoundingClientRect()),
        ).length;
        const wrapped = [...document.querySelectorAll('#long tl-term')].filter((el) =>
          visible(el.getBoundingClientRect()),
        ).length;
        let terms = 0;
        const long = document.getElementById('long')!;
        const walker = document.createTreeWalker(long, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (n.parentElement !== long) continue;
          for (const m of (n as Text).data.matchAll(/imatinib|chemotherapy/g)) {
            const range = document.createRange();
            range.setStart(n, m.index);
            range.setEnd(n, m.index + m[0].length);
            if (visible(range.getBoundingClientRect())) terms++;
          }
        }
        return { shown: painted + wrapped, terms: terms + wrapped };
      });
    await expect
      .poll(onScreen, { timeout: 50_000 })
      .toSatisfy(({ shown, terms }) => terms > 0 && shown >= terms);
    const result = await page.evaluate(() => {
      const dcl = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const frames = (window as unknown as { frames_: [number, number][] }).frames_;
      const after = frames.filter(([start]) => start >= dcl.domContentLoadedEventStart);
      return {
        longest: Math.max(0, ...after.map(([, d]) => d)),
        textIntact: document.getElementById('long')!.textContent!.length,
      };
    });
    expect(result.textIntact).toBe(LONG.html.match(/<p id="long">([^<]*)<\/p>/)![1]!.length);
    // Generous: a busy machine. Before the paragraph was cut into pieces, one task took 8 to 57 s.
    expect(result.longest).toBeLessThan(5_000);
    await page.close();
  });

  it('highlights new content on a page that never stops changing', async () => {
    const page = await e2e.session.context.newPage();
    await page.goto(e2e.url('/never-idle.html'));
    await waitForHighlights(page, 1);
    await page.evaluate(() =>
      (window as unknown as { addItem(t: string): void }).addItem('New: ponatinib helps some.'),
    );
    // The counter keeps restarting any plain debounce: only a maximum wait gets this done.
    await page.waitForSelector('#feed tl-term[data-term-id="ponatinib"]', { timeout: 10_000 });
    expect(await highlights(page, '#feed')).toEqual([
      { text: 'imatinib', id: 'imatinib' },
      { text: 'ponatinib', id: 'ponatinib' },
    ]);
    // Items that mention it again wait for the reader to come near, and they are on screen:
    // each one gets its highlight too (before, only the first of them did).
    for (let item = 2; item <= 4; item++) {
      await page.evaluate(
        (k) =>
          (window as unknown as { addItem(t: string): void }).addItem(
            `Item ${k}: ponatinib again.`,
          ),
        item,
      );
      await page.waitForSelector(`#feed p:nth-child(${item + 1}) tl-term`, { timeout: 10_000 });
    }
    expect((await highlights(page, '#feed')).map((h) => h.id)).toEqual([
      'imatinib',
      'ponatinib',
      'ponatinib',
      'ponatinib',
      'ponatinib',
    ]);
    await page.close();
  });

  it('removes the highlights of text that is made editable, and leaves it typable', async () => {
    const page = await e2e.session.context.newPage();
    await page.goto(e2e.url('/editable.html'));
    await waitForHighlights(page, 3);
    const before = await page.textContent('#note');
    await page.evaluate(() => document.getElementById('note')!.setAttribute('contenteditable', ''));
    await page.waitForFunction(() => !document.querySelector('#note tl-term'));
    expect(await page.textContent('#note')).toBe(before);
    expect(await page.innerHTML('#note')).toBe(
      '<p>Ask about imatinib and other targeted therapy.</p>',
    );
    // Nothing of ours comes back while it is editable, even when the text changes.
    await page.click('#note p');
    await page.keyboard.press('End');
    await page.keyboard.type(' Also dasatinib.');
    // A paragraph the page adds after the typing is rescanned with it or after it: once that
    // paragraph is highlighted, the typed text has been looked at.
    await page.evaluate(() =>
      document.body.insertAdjacentHTML('beforeend', '<p id="probe">Ask about nilotinib.</p>'),
    );
    await page.locator('#probe tl-term').waitFor();
    expect(await highlights(page, '#note')).toEqual([]);
    expect(await highlights(page, '#other')).toEqual([
      { text: 'Chemotherapy', id: 'chemotherapy' },
    ]);
    await page.close();
  });
});
