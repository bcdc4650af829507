import Mark from 'mark.js';
import type { TermFinder } from '../../highlight/types';
import { compileMatcher, findMatches } from '../index';
import { FIXTURE } from './fixtures';

const matcher = compileMatcher(FIXTURE);

/** The way lib/highlight/wrap.ts drives mark.js: the position comes from regex.lastIndex. */
function highlight(html: string): [string, string][] {
  document.body.innerHTML = `<p>${html}</p>`;
  const { regex } = matcher;
  let pending: string | null = null;
  regex.lastIndex = 0;
  new Mark(document.body).markRegExp(regex, {
    filter(node: Text, match: string) {
      const end = regex.lastIndex;
      pending = matcher.accept(node.data, end - match.length, end);
      return pending !== null;
    },
    each(element: Element) {
      element.setAttribute('data-id', pending!);
    },
  });
  return [...document.querySelectorAll('mark')].map((m) => [
    m.textContent!,
    m.getAttribute('data-id')!,
  ]);
}

describe('with mark.js markRegExp', () => {
  it('is a TermFinder for the highlighter', () => {
    const finder: TermFinder = matcher;
    expect(finder.regex).toBe(matcher.regex);
  });

  it.each<[string, [string, string][]]>([
    [
      "Patients with Ph+ ALL take imatinib's tablets (Gleevec®) or other TKIs.",
      [
        ['Ph+ ALL', 'ph-positive-all'],
        ['imatinib', 'imatinib'],
        ['Gleevec®', 'imatinib'],
        ['TKIs', 'tki'],
      ],
    ],
    ['FREE SHIPPING ON ALL ORDERS. ALL RIGHTS RESERVED. adult ALL', [['ALL', 'all']]],
    ['pH 7.4, Ph.D., Ph-like ALL and the Philadelphia Eagles', [['ALL', 'all']]],
    [
      '💊imatinib and 💊 BCR‑ABL',
      [
        ['imatinib', 'imatinib'],
        ['BCR‑ABL', 'bcr-abl1'],
      ],
    ],
    [
      'TKI TKI TKI',
      [
        ['TKI', 'tki'],
        ['TKI', 'tki'],
        ['TKI', 'tki'],
      ],
    ],
  ])('%j', (html, expected) => {
    expect(highlight(html)).toEqual(expected);
  });

  it('marks the same terms findMatches reports', () => {
    const text =
      'Dasatinib (Sprycel™) and imatinib mesylate treat Philadelphia chromosome-positive ALL.';
    expect(highlight(text)).toEqual(findMatches(matcher, text).map((m) => [m.text, m.id]));
  });
});
