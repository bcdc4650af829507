/**
 * A deterministic page-like corpus for the benchmark and the trie-vs-flat test: filler prose with
 * glossary terms in many spellings and the near-misses the guards must reject.
 */
import { prng } from '../../../tests/support/prng.mjs';
import type { MatcherEntry } from '../types';

const FILLER = (
  'the patient doctor said that treatment may cause some side effects during weeks of care ' +
  'blood tests show how well the medicine works and whether another option should be tried ' +
  'children adults families hospital nurse clinic study results dose daily often usually ' +
  'all allergy call small tall graph phase philosophy targeted analysis tkinter'
).split(' ');

const NEAR_MISSES = [
  'ALL RIGHTS RESERVED',
  'FREE SHIPPING ON ALL ORDERS',
  'pH 7.4',
  'a Ph.D. thesis',
  'the Philadelphia Eagles',
  'CALL NOW',
  'targeted ads',
  'иматиниб',
  'Ph-like ALL',
  'imatinibé',
  'TKIX',
];

const SEPARATORS = [' ', '-', '\u2011', '\u2013', '\u00a0'];
const ENDINGS = ['', '', '', 's', "'s", '’s', '®'];

function variant(form: string, caseSensitive: boolean, rnd: () => number): string {
  let text = form.replace(/[ -]/g, () => SEPARATORS[Math.floor(rnd() * SEPARATORS.length)]!);
  if (!caseSensitive) {
    const r = rnd();
    text = r < 0.15 ? text.toUpperCase() : r < 0.3 ? text[0]!.toUpperCase() + text.slice(1) : text;
  }
  return text + ENDINGS[Math.floor(rnd() * ENDINGS.length)]!;
}

/** About `size` UTF-16 units of text, and the same text cut into text-node-sized pieces. */
export function makeCorpus(
  entries: readonly MatcherEntry[],
  size: number,
  seed = 1,
): { text: string; nodes: string[] } {
  const rnd = prng(seed);
  const forms = entries.flatMap((e) => e.forms);
  const nodes: string[] = [];
  let length = 0;
  while (length < size) {
    const words: string[] = [];
    const count = 8 + Math.floor(rnd() * 30);
    for (let i = 0; i < count; i++) {
      const r = rnd();
      if (r < 0.06 && forms.length) {
        const form = forms[Math.floor(rnd() * forms.length)]!;
        words.push(variant(form.text, form.caseSensitive === true, rnd));
      } else if (r < 0.08) {
        words.push(NEAR_MISSES[Math.floor(rnd() * NEAR_MISSES.length)]!);
      } else {
        words.push(FILLER[Math.floor(rnd() * FILLER.length)]!);
      }
    }
    const node = words.join(' ') + '. ';
    nodes.push(node);
    length += node.length;
  }
  return { text: nodes.join(''), nodes };
}

/** A bigger made-up glossary (drug-like names) to see how the pattern scales. */
export function syntheticEntries(count: number, seed = 2): MatcherEntry[] {
  const rnd = prng(seed);
  const syllables = ['ba', 'ce', 'da', 'fi', 'go', 'la', 'mo', 'ni', 'po', 'ra', 'su', 'ti', 'zo'];
  const stems = ['nib', 'mab', 'zumab', 'tinib', 'cel', 'stat'];
  const entries: MatcherEntry[] = [];
  const seen = new Set<string>();
  for (let i = 0; entries.length < count; i++) {
    let name = '';
    const n = 2 + Math.floor(rnd() * 3);
    for (let k = 0; k < n; k++) name += syllables[Math.floor(rnd() * syllables.length)];
    name += stems[Math.floor(rnd() * stems.length)];
    if (seen.has(name)) continue;
    seen.add(name);
    const brand = `${name[0]!.toUpperCase()}${name.slice(1, 5)}${i}ex`;
    entries.push({
      id: `synthetic-${i}`,
      forms: [{ text: name }, { text: `${name} hydrochloride` }, { text: brand, brand: true }],
    });
  }
  return entries;
}
