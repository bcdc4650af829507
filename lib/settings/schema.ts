import { CATEGORIES, type Category } from '../../data/categories';
import { isPlainObject } from '../../data/plain-object';
import { normalizeHost } from './hosts';

/** How terms look on the page; 'hover-only' draws nothing until the pointer is over a term. */
export const HIGHLIGHT_STYLES = ['underline', 'background', 'hover-only'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** Popover text size in percent of its 16px base. */
const TEXT_SIZES = [100, 125, 150] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Which level of a card opens first: the plain one for patients and families, or "For students"
 * (proper terms, labels, monitoring). Patients keep the plain card unless they choose otherwise.
 */
const CARD_LEVELS = ['patient', 'student'] as const;
export type CardLevel = (typeof CARD_LEVELS)[number];

/**
 * Whom the suggested questions are worded for: the reader ("What type of ALL do I have?"), their
 * child ("… does my child have?") or someone else they care for ("… do they have?").
 */
export const QUESTION_VOICES = ['self', 'child', 'other'] as const;
export type QuestionVoice = (typeof QUESTION_VOICES)[number];

/**
 * The language of Termlight's own pages (popup, settings, My questions, Study, glossary): 'auto'
 * follows the browser, the others are catalogs in public/_locales. Not the language of the cards on
 * web pages, which is a setting of its own.
 */
const INTERFACE_LANGUAGES = ['auto', 'en', 'es'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

/**
 * The language of the cards on web pages (issue #29): 'auto' follows the language of the text the
 * term is in (lib/popover/card-language.ts), the others fix it. Not the language of Termlight's
 * own pages.
 */
const CARD_LANGUAGES = ['auto', 'en', 'es'] as const;
export type CardLanguage = (typeof CARD_LANGUAGES)[number];

export const HOVER_DELAY_MIN_MS = 0;
export const HOVER_DELAY_MAX_MS = 2000;

/**
 * storage.sync allows 8,192 bytes per item; 200 ordinary host names fit with room to spare, and the
 * cap bounds the work of parsing a corrupted value.
 */
export const MAX_DISABLED_HOSTS = 200;

export { CATEGORIES };

export interface Settings {
  /** Master switch for all sites. */
  enabled: boolean;
  /** Normalized host names (see normalizeHost) where Termlight is off; exact match, no subdomains. */
  disabledHosts: string[];
  highlightStyle: HighlightStyle;
  /** Highlight only the first mention of each term on a page. */
  firstMentionOnly: boolean;
  /** Integer milliseconds, HOVER_DELAY_MIN_MS..HOVER_DELAY_MAX_MS. */
  hoverDelayMs: number;
  textSize: TextSize;
  theme: Theme;
  /** The level a card opens at; the other is one step away. */
  firstCardLevel: CardLevel;
  /** Which glossary categories are highlighted. */
  categories: Record<Category, boolean>;
  /** Whether "Save to my questions" records the page's address (the title is always kept). */
  recordPageAddress: boolean;
  /** Study's one-key shortcuts (Space, 1-4); off for speech input and stray key presses (WCAG 2.1.4). */
  singleKeyShortcuts: boolean;
  /**
   * Whether the first mention of each term is a Tab stop. Off by default: the keyboard commands
   * (next/previous term, open its card) reach every term without adding stops to the page.
   */
  termsInTabOrder: boolean;
  /** Whom "Save to my questions" words its suggested questions for. */
  questionsFor: QuestionVoice;
  /** The language of Termlight's own pages; see INTERFACE_LANGUAGES. */
  interfaceLanguage: InterfaceLanguage;
  /** The language of the cards on web pages; see CARD_LANGUAGES. */
  cardLanguage: CardLanguage;
}

function makeDefaults(): Settings {
  return {
    enabled: true,
    disabledHosts: [],
    highlightStyle: 'underline',
    firstMentionOnly: false,
    hoverDelayMs: 300,
    textSize: 100,
    theme: 'system',
    firstCardLevel: 'patient',
    categories: Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<Category, boolean>,
    recordPageAddress: true,
    singleKeyShortcuts: true,
    termsInTabOrder: false,
    questionsFor: 'self',
    interfaceLanguage: 'auto',
    cardLanguage: 'auto',
  };
}

/** Frozen so a consumer cannot change the defaults for everyone; parseSettings returns copies. */
export const DEFAULT_SETTINGS: Readonly<Settings> = deepFreeze(makeDefaults());

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) {
    if (typeof inner === 'object' && inner !== null) deepFreeze(inner);
  }
  return Object.freeze(value);
}

/** A short, safe description of a bad value for problem messages (stored values can be huge). */
export function describeValue(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return `a ${typeof value}`;
}

export interface ParseResult {
  settings: Settings;
  /** One line per broken field, e.g. "theme: expected one of system, light, dark, got 42; using the default". */
  problems: string[];
}

type FieldParser<T> = (value: unknown, problems: string[]) => T;

/**
 * Validates each field on its own, so one broken field never costs the others. A missing field takes
 * its default quietly (older versions did not have it); a present but broken one takes its default,
 * or loses just the broken items, and is reported. Unknown keys are ignored.
 */
export function parseSettings(raw: unknown): ParseResult {
  const settings = makeDefaults();
  const problems: string[] = [];
  if (!isPlainObject(raw)) return { settings, problems };
  for (const key of Object.keys(FIELD_PARSERS) as (keyof Settings)[]) {
    const value = Object.hasOwn(raw, key) ? raw[key] : undefined;
    if (value === undefined) continue;
    const fieldProblems: string[] = [];
    (settings as Record<keyof Settings, unknown>)[key] = FIELD_PARSERS[key](value, fieldProblems);
    problems.push(...fieldProblems.map((p) => `${key}: ${p}`));
  }
  return { settings, problems };
}

const FIELD_PARSERS: { [K in keyof Settings]: FieldParser<Settings[K]> } = {
  enabled: boolean('enabled'),
  disabledHosts: parseHosts,
  highlightStyle: oneOf('highlightStyle', HIGHLIGHT_STYLES),
  firstMentionOnly: boolean('firstMentionOnly'),
  hoverDelayMs: parseHoverDelay,
  textSize: oneOf('textSize', TEXT_SIZES),
  theme: oneOf('theme', THEMES),
  firstCardLevel: oneOf('firstCardLevel', CARD_LEVELS),
  categories: parseCategories,
  recordPageAddress: boolean('recordPageAddress'),
  singleKeyShortcuts: boolean('singleKeyShortcuts'),
  termsInTabOrder: boolean('termsInTabOrder'),
  questionsFor: oneOf('questionsFor', QUESTION_VOICES),
  interfaceLanguage: oneOf('interfaceLanguage', INTERFACE_LANGUAGES),
  cardLanguage: oneOf('cardLanguage', CARD_LANGUAGES),
};

function boolean(
  key:
    'enabled' | 'firstMentionOnly' | 'recordPageAddress' | 'singleKeyShortcuts' | 'termsInTabOrder',
): FieldParser<boolean> {
  return (value, problems) => {
    if (typeof value === 'boolean') return value;
    problems.push(`expected true or false, got ${describeValue(value)}; using the default`);
    return DEFAULT_SETTINGS[key];
  };
}

function oneOf<
  K extends
    | 'highlightStyle'
    | 'textSize'
    | 'theme'
    | 'firstCardLevel'
    | 'questionsFor'
    | 'interfaceLanguage'
    | 'cardLanguage',
>(key: K, allowed: readonly Settings[K][]): FieldParser<Settings[K]> {
  return (value, problems) => {
    if ((allowed as readonly unknown[]).includes(value)) return value as Settings[K];
    problems.push(
      `expected one of ${allowed.join(', ')}, got ${describeValue(value)}; using the default`,
    );
    return DEFAULT_SETTINGS[key];
  };
}

function parseHoverDelay(value: unknown, problems: string[]): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    problems.push(
      `expected a number of milliseconds, got ${describeValue(value)}; using the default`,
    );
    return DEFAULT_SETTINGS.hoverDelayMs;
  }
  const fixed = Math.min(HOVER_DELAY_MAX_MS, Math.max(HOVER_DELAY_MIN_MS, Math.round(value)));
  if (fixed !== value) {
    problems.push(
      `expected a whole number from ${HOVER_DELAY_MIN_MS} to ${HOVER_DELAY_MAX_MS}, got ${value}; using ${fixed}`,
    );
  }
  return fixed;
}

function parseHosts(value: unknown, problems: string[]): string[] {
  if (!Array.isArray(value)) {
    problems.push(`expected a list of sites, got ${describeValue(value)}; using the default`);
    return [];
  }
  const hosts = new Set<string>();
  const dropped: string[] = [];
  // Stop at the cap so a corrupted list of a million items costs no more than a full one.
  let i = 0;
  for (; i < value.length && hosts.size < MAX_DISABLED_HOSTS; i++) {
    const host = normalizeHost(value[i]);
    if (host === null) dropped.push(describeValue(value[i]));
    else hosts.add(host); // a Set: "Example.com" and "example.com" are one site
  }
  if (dropped.length > 0) {
    const examples = dropped.slice(0, 3).join(', ') + (dropped.length > 3 ? ', …' : '');
    problems.push(`dropped ${dropped.length} item(s) that are not site addresses: ${examples}`);
  }
  if (i < value.length) {
    problems.push(
      `more than ${MAX_DISABLED_HOSTS} items; kept the first ${MAX_DISABLED_HOSTS} sites`,
    );
  }
  return [...hosts];
}

function parseCategories(value: unknown, problems: string[]): Record<Category, boolean> {
  const categories = { ...DEFAULT_SETTINGS.categories };
  if (!isPlainObject(value)) {
    problems.push(
      `expected an object of category switches, got ${describeValue(value)}; using the default`,
    );
    return categories;
  }
  for (const category of CATEGORIES) {
    const on = Object.hasOwn(value, category) ? value[category] : undefined;
    if (typeof on === 'boolean') categories[category] = on;
    else if (on !== undefined) {
      problems.push(
        `${category}: expected true or false, got ${describeValue(on)}; using the default`,
      );
    }
  }
  return categories;
}
