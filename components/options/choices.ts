import { GLOSSARY } from '../../data/index';
import { CATEGORY_LABELS, type Category } from '../../data/categories';
import {
  MAX_DISABLED_HOSTS,
  normalizeHost,
  type CardLevel,
  type HighlightStyle,
  type TextSize,
  type Theme,
} from '../../lib/settings';

/** A choice in a group of radio buttons, with a plain label and an optional hint. */
export interface Choice<T> {
  value: T;
  label: string;
  hint?: string;
}

export const STYLE_CHOICES: Choice<HighlightStyle>[] = [
  { value: 'underline', label: 'Dotted underline', hint: 'A dotted line under each term.' },
  {
    value: 'background',
    label: 'Soft background',
    hint: 'A pale yellow colour and a thin line under each term.',
  },
  {
    value: 'hover-only',
    label: 'Only when I point at a term',
    hint: 'The page looks as usual until your pointer rests on a term.',
  },
];

export const TEXT_SIZE_CHOICES: Choice<TextSize>[] = [
  { value: 100, label: 'Normal' },
  { value: 125, label: 'Large' },
  { value: 150, label: 'Largest' },
];

export const THEME_CHOICES: Choice<Theme>[] = [
  {
    value: 'system',
    label: 'Same as my computer',
    hint: 'On a web page, the definition matches that page: dark on a dark page.',
  },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export const CARD_LEVEL_CHOICES: Choice<CardLevel>[] = [
  {
    value: 'patient',
    label: 'Plain words',
    hint: 'For patients and families. The student level is one step away.',
  },
  {
    value: 'student',
    label: 'For students',
    hint: 'Proper medical terms, what each drug’s label says, and what is checked during treatment.',
  },
];

/** "Drugs", "for example imatinib, dasatinib": examples come from the glossary itself. */
export function categoryChoice(category: Category): { label: string; hint: string } {
  const examples = GLOSSARY.filter((e) => e.category === category)
    .slice(0, 2)
    .map((e) => e.forms[0]?.text ?? e.name);
  return {
    label: CATEGORY_LABELS[category].group,
    hint: examples.length > 0 ? `For example ${examples.join(', ')}.` : '',
  };
}

/** "No wait", "0.3 seconds", "1 second", "1.5 seconds". */
export function formatDelay(ms: number): string {
  if (ms <= 0) return 'No wait';
  const seconds = Math.round(ms / 100) / 10;
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}

export type SiteCheck = { host: string; error?: undefined } | { host?: undefined; error: string };

/** Checks a site typed into the "sites where Termlight is off" box. */
export function checkNewSite(input: string, list: readonly string[]): SiteCheck {
  if (input.trim() === '') {
    return { error: 'Type the address of a site first, for example www.example.com.' };
  }
  const host = normalizeHost(input);
  if (host === null) {
    return {
      error: "That doesn't look like a web address. Try something like www.example.com.",
    };
  }
  if (list.includes(host)) return { error: `${host} is already in the list.` };
  if (list.length >= MAX_DISABLED_HOSTS) {
    return { error: `The list is full (${MAX_DISABLED_HOSTS} sites). Remove one to add another.` };
  }
  return { host };
}
