/**
 * Termlight's UI strings: t('key') and, for counts, plural('key', n). The keys are those of
 * public/_locales/en/messages.json, checked by the compiler; a second language is another
 * public/_locales/<code>/messages.json (see docs/i18n.md). Medical text (data/) is not here.
 *
 * Placeholders are named ($count$ in a message) and passed by name: t('key', { count: 3 }). A
 * message's placeholders take the substitutions $1, $2, ... in the alphabetical order of their
 * names (the catalog test checks this), which is the order they are passed in here.
 *
 * Plurals: a counted message has one key per plural category its language uses, key_one,
 * key_other (English), and for example key_few and key_many in Polish; key_other is required and
 * is used for any category a language leaves out. The categories are those of Intl.PluralRules for
 * the catalog's own "locale" message.
 */
import type english from '../../public/_locales/en/messages.json';
import { getMessage } from './message-source';

type English = typeof english;
export type MessageKey = keyof English;

/** The names of a message's placeholders, and what each takes. */
type Params<K extends MessageKey> = English[K] extends { placeholders: infer P }
  ? { [N in keyof P]: string | number }
  : never;
type ParamsArg<K extends MessageKey> = [Params<K>] extends [never] ? [] : [params: Params<K>];

/** Keys that come in plural forms, without the category: "x" for "x_one" and "x_other". */
export type PluralKey = MessageKey extends infer K
  ? K extends `${infer Base}_other`
    ? Base
    : never
  : never;

function substitutions(params: Record<string, string | number> | undefined): string[] {
  if (!params) return [];
  return Object.keys(params)
    .sort()
    .map((name) => String(params[name]));
}

/** Stands for a plural message's count until it is known to be shown (no message holds it). */
const COUNT_MARK = '\u0001';

/** Reads a message with its substitutions, "" for an unknown key (browser.i18n's getMessage). */
type Lookup = (key: string, substitutions: string[]) => string;

/** t() and plural() over one catalog, in one locale's plural rules. */
export interface Messages {
  t<K extends MessageKey>(key: K, ...params: ParamsArg<K>): string;
  plural<K extends PluralKey>(key: K, count: number, ...params: PluralArgs<K>): string;
}

/**
 * t() and plural() reading `lookup`: the UI's below; a card reads its own language's catalog
 * (components/term-card/card-labels.ts).
 */
export function messagesFrom(lookup: Lookup, locale: () => string): Messages {
  return {
    t: (key, ...[params]) => message(lookup, key, params),
    plural(key, count, ...[params]) {
      // The count is written out only where the message shows it ("Brand names:" does not): the
      // first Intl.NumberFormat loads ICU's number data, 100-130 ms of a card's first render on
      // a CPU slowed 4x.
      const subs = substitutions({ ...params, count: COUNT_MARK });
      const category = pluralRulesOf(locale()).select(count);
      const text = lookup(`${key}_${category}`, subs) || lookup(`${key}_other`, subs) || key;
      return text.includes(COUNT_MARK)
        ? text.replaceAll(COUNT_MARK, numberIn(locale(), count))
        : text;
    },
  };
}

/** A message with its substitutions. An unknown key (an out-of-date translation) shows the key. */
function message(
  lookup: Lookup,
  key: string,
  params: Record<string, string | number> | undefined,
): string {
  return lookup(key, substitutions(params)) || key;
}

/** The UI's messages, in the language of the catalog in use. */
export const uiMessages = messagesFrom(getMessage, () => uiLocale());

/**
 * One UI string. Not through uiMessages: the content script, which uses t() alone, then leaves the
 * plural rules out of its bundle (budget 85 kB).
 */
export function t<K extends MessageKey>(key: K, ...[params]: ParamsArg<K>): string {
  return message(getMessage, key, params);
}

/** The language of the catalog in use, as a BCP 47 tag for Intl ("en", "es", "pt-BR"). */
export function uiLocale(): string {
  return getMessage('locale', []).replace('_', '-') || 'en';
}

// One of each per language: the reader may switch catalogs (lib/i18n/interface-language.ts).
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberIn(locale: string, n: number): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(n);
}

function pluralRulesOf(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

/** A number as the UI's language writes it: "1,5" and "12.345" in Spanish, "1.5" in English. */
export function formatNumber(n: number): string {
  return numberIn(uiLocale(), n);
}

type OtherOf<K extends PluralKey> = `${K}_other` & MessageKey;
type PluralArgs<K extends PluralKey> = [Params<OtherOf<K>>] extends [never]
  ? []
  : [keyof Omit<Params<OtherOf<K>>, 'count'>] extends [never]
    ? []
    : [params: Omit<Params<OtherOf<K>>, 'count'>];

/**
 * A counted UI string, e.g. plural('popup_termsFound', 3) -> "3 terms on this page". The count
 * is also the $count$ placeholder of the message, where it has one, written as the UI's language
 * writes numbers.
 */
export function plural<K extends PluralKey>(
  key: K,
  count: number,
  ...params: PluralArgs<K>
): string {
  return uiMessages.plural(key, count, ...params);
}

/**
 * A message with elements inside it (a highlighted term, a link): its text cut at its
 * placeholders, each placeholder replaced by the piece given for it, in the order the message
 * puts them. One message keeps the whole sentence for translators, who may move the placeholders
 * with the words; the pieces stay whatever the caller made them (elements, not text).
 */
export function tPieces<K extends MessageKey, T extends { [N in keyof Params<K>]: unknown }>(
  key: K,
  pieces: T,
): (string | T[keyof T])[] {
  const names = Object.keys(pieces).sort() as (keyof T)[];
  // Private-use characters, which no message or name holds, mark where each piece goes.
  const marked = Object.fromEntries(names.map((name, i) => [name, `\uE000${i}\uE001`]));
  const text = getMessage(key, substitutions(marked)) || key;
  return text
    .split(/\uE000(\d+)\uE001/)
    .map((part, i) => (i % 2 === 1 ? pieces[names[Number(part)]!] : part))
    .filter((part) => part !== '');
}
