import { describe, expect, it } from 'vitest';
import { isSkippedElement } from '../skip-rules';

function el(html: string): Element {
  const box = document.createElement('div');
  box.innerHTML = html;
  return box.firstElementChild!;
}

describe('isSkippedElement', () => {
  it.each([
    'button',
    'link',
    'menuitem',
    'menuitemcheckbox',
    'menuitemradio',
    'tab',
    'option',
    'checkbox',
    'switch',
    'radio',
    'treeitem',
    'slider',
    'spinbutton',
    'combobox',
    'searchbox',
    'textbox',
  ])('skips an element with role="%s" (no control inside a control)', (role) => {
    expect(isSkippedElement(el(`<div role="${role}">imatinib</div>`))).toBe(true);
  });

  it('reads role lists and any letter case', () => {
    expect(isSkippedElement(el('<span role="presentation Button">x</span>'))).toBe(true);
  });

  it('skips labels, links and buttons by tag', () => {
    expect(isSkippedElement(el('<label>x</label>'))).toBe(true);
    expect(isSkippedElement(el('<a href="#">x</a>'))).toBe(true);
    expect(isSkippedElement(el('<button>x</button>'))).toBe(true);
  });

  it('keeps text in structural roles and plain elements', () => {
    for (const html of [
      '<div role="article">x</div>',
      '<div role="region">x</div>',
      '<li role="listitem">x</li>',
      '<div role="gridcell">x</div>',
      '<p>x</p>',
    ]) {
      expect(isSkippedElement(el(html)), html).toBe(false);
    }
  });
});
