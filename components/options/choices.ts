import { GLOSSARY } from '../../data/index';
import { plural, t } from '../../lib/i18n';
import { formatList } from '../../lib/i18n/intl';
import { CATEGORY_LABELS, type Category } from '../../data/categories';
import {
  MAX_DISABLED_HOSTS,
  normalizeHost,
  type CardLanguage,
  type CardLevel,
  type HighlightStyle,
  type QuestionVoice,
  type InterfaceLanguage,
  type TextSize,
  type Theme,
} from '../../lib/settings';

/** A choice in a group of radio buttons, with a plain label and an optional hint. */
export interface Choice<T> {
  value: T;
  label: string;
  hint?: string;
  /** The label's language, where it is not the page's (a language's own name). */
  lang?: string;
}

export const STYLE_CHOICES: Choice<HighlightStyle>[] = [
  {
    value: 'underline',
    label: t('options_style_underline'),
    hint: t('options_style_underlineHint'),
  },
  {
    value: 'background',
    label: t('options_style_background'),
    hint: t('options_style_backgroundHint'),
  },
  {
    value: 'hover-only',
    label: t('options_style_hoverOnly'),
    hint: t('options_style_hoverOnlyHint'),
  },
];

export const TEXT_SIZE_CHOICES: Choice<TextSize>[] = [
  { value: 100, label: t('options_size_normal') },
  { value: 125, label: t('options_size_large') },
  { value: 150, label: t('options_size_largest') },
];

export const THEME_CHOICES: Choice<Theme>[] = [
  {
    value: 'system',
    label: t('options_theme_system'),
    hint: t('options_theme_systemHint'),
  },
  { value: 'light', label: t('options_theme_light') },
  { value: 'dark', label: t('options_theme_dark') },
];

export const CARD_LEVEL_CHOICES: Choice<CardLevel>[] = [
  {
    value: 'patient',
    label: t('options_level_patient'),
    hint: t('options_level_patientHint'),
  },
  {
    value: 'student',
    label: t('options_level_student'),
    hint: t('options_level_studentHint'),
  },
];

/** Whom the suggested questions are worded for (issue #27: parents and caregivers too). */
export const VOICE_CHOICES: Choice<QuestionVoice>[] = [
  { value: 'self', label: t('options_voice_self') },
  { value: 'child', label: t('options_voice_child') },
  { value: 'other', label: t('options_voice_other') },
];

/**
 * "Automatic", then each language by its own name, in its own language: a reader who cannot read
 * the page in its present language still finds theirs.
 */
export const LANGUAGE_CHOICES: Choice<InterfaceLanguage>[] = [
  { value: 'auto', label: t('options_language_auto') },
  { value: 'en', label: 'English', lang: 'en' },
  { value: 'es', label: 'Español', lang: 'es' },
];

/** "Drugs", "for example imatinib, dasatinib": examples come from the glossary itself. */
export function categoryChoice(category: Category): { label: string; hint: string } {
  const examples = GLOSSARY.filter((e) => e.category === category)
    .slice(0, 2)
    .map((e) => e.forms[0]?.text ?? e.name);
  return {
    label: CATEGORY_LABELS[category].group,
    hint: examples.length > 0 ? t('options_kindExamples', { examples: formatList(examples) }) : '',
  };
}

/** "No wait", "0.3 seconds", "1 second", "1.5 seconds". */
export function formatDelay(ms: number): string {
  if (ms <= 0) return t('options_noWait');
  return plural('options_seconds', Math.round(ms / 100) / 10);
}

export type SiteCheck = { host: string; error?: undefined } | { host?: undefined; error: string };

/** Checks a site typed into the "sites where Termlight is off" box. */
export function checkNewSite(input: string, list: readonly string[]): SiteCheck {
  if (input.trim() === '') {
    return { error: t('options_siteEmptyInput') };
  }
  const host = normalizeHost(input);
  if (host === null) {
    return { error: t('options_siteNotAddress') };
  }
  if (list.includes(host)) return { error: t('options_siteAlreadyListed', { host }) };
  if (list.length >= MAX_DISABLED_HOSTS) {
    return { error: t('options_siteListFull', { max: MAX_DISABLED_HOSTS }) };
  }
  return { host };
}

/** The language of the cards on web pages (issue #29); not the language of these pages. */
export const CARD_LANGUAGE_CHOICES: Choice<CardLanguage>[] = [
  {
    value: 'auto',
    label: t('options_cardLanguage_auto'),
    hint: t('options_cardLanguage_autoHint'),
  },
  { value: 'en', label: t('options_cardLanguage_en') },
  { value: 'es', label: t('options_cardLanguage_es') },
];
