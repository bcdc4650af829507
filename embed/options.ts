import { DEFAULT_SETTINGS, HIGHLIGHT_STYLES, THEMES, type Settings } from '../lib/settings/schema';

/** What a site owner sets on the script tag. */
export interface EmbedOptions {
  /** CSS selector of the part of the page to scan; null: the whole body. */
  scope: string | null;
  settings: Settings;
  /** Problems with the attributes, each already a sentence for the console. */
  problems: string[];
}

function pick<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  name: string,
  problems: string[],
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  problems.push(`data-${name}="${value}" is not one of ${allowed.join(', ')}; using the default.`);
  return undefined;
}

/**
 * Reads the script tag's data- attributes: data-scope (a CSS selector), data-first-mention-only
 * ("true"/"false"), data-highlight-style, data-theme and data-lang ("en", "es"). A bad value is reported and replaced by
 * the default, so a typo never stops the page from working.
 */
export function readEmbedOptions(
  dataset: Readonly<Record<string, string | undefined>>,
  isValidSelector: (selector: string) => boolean,
): EmbedOptions {
  const problems: string[] = [];
  let scope: string | null = dataset.scope?.trim() || null;
  if (scope !== null && !isValidSelector(scope)) {
    problems.push(`data-scope="${scope}" is not a CSS selector; scanning the whole page.`);
    scope = null;
  }
  const first = pick(dataset.firstMentionOnly, ['true', 'false'], 'first-mention-only', problems);
  const style = pick(dataset.highlightStyle, HIGHLIGHT_STYLES, 'highlight-style', problems);
  const theme = pick(dataset.theme, THEMES, 'theme', problems);
  const lang = readLang(dataset.lang, problems);
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    firstMentionOnly: first === undefined ? DEFAULT_SETTINGS.firstMentionOnly : first === 'true',
    highlightStyle: style ?? DEFAULT_SETTINGS.highlightStyle,
    theme: theme ?? DEFAULT_SETTINGS.theme,
    cardLanguage: lang,
    // A site's own embed has no keyboard commands: its terms stay Tab stops.
    termsInTabOrder: true,
  };
  return { scope, settings, problems };
}

/**
 * data-lang: the cards' language, "en" or "es" (any region: "es-MX"). Absent or unknown: each card
 * follows the language of the text its term is in (the page's lang), as the extension's
 * "automatic" does.
 */
function readLang(value: string | undefined, problems: string[]): Settings['cardLanguage'] {
  if (value === undefined) return 'auto';
  const primary = value.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'en' || primary === 'es') return primary;
  problems.push(
    `data-lang="${value}" is not one of en, es; each card follows the language of its page.`,
  );
  return 'auto';
}
