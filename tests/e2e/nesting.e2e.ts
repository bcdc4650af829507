import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { useExtension } from './support/session';

// WCAG 4.1.2: a term inside a page's own widget would be a control inside a control (axe
// `nested-interactive`). Termlight leaves text in ARIA widgets and labels alone.

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Widgets</title>
<style>[role=button],[role=link],[role=tab],[role=option],input,label{display:inline-block;min-height:44px;min-width:44px}</style></head>
<body><main><h1>Treatment notes</h1>
<p id="plain">Imatinib is taken by mouth.</p>
<div role="button" tabindex="0" id="widget">Read about dasatinib</div>
<span role="link" tabindex="0" id="fake-link">Nilotinib</span>
<div role="tablist"><div role="tab" tabindex="0" aria-selected="true" id="tab">Ponatinib</div></div>
<ul role="listbox" aria-label="Drugs"><li role="option" aria-selected="false" id="option">Bosutinib</li></ul>
<input type="checkbox" id="c"><label for="c" id="label">Blinatumomab given</label>
<p id="end">Remission is the goal.</p>
</main></body></html>`;

describe('no highlight inside a widget', () => {
  const e2e = useExtension({ routes: { '/widgets.html': () => PAGE } });

  it('highlights plain text but not text in role=button, link, tab, option or a label; axe finds nothing', async () => {
    const page = await e2e.session.context.newPage();
    await page.goto(e2e.url('/widgets.html'));
    // Text is taken in document order: once the last paragraph is wrapped, the widgets before it
    // have all been looked at.
    await page.locator('#end tl-term').waitFor();
    for (const id of ['widget', 'fake-link', 'tab', 'option', 'label']) {
      expect(await page.locator(`#${id} tl-term`).count(), id).toBe(0);
    }
    expect(await page.locator('#plain tl-term').count()).toBe(1);
    await page.locator('#plain tl-term').focus();
    expect(await axeViolations(page)).toEqual([]);
  });
});
