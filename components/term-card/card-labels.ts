import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { formatMessage } from '../../lib/i18n/format';
import { messagesFrom, uiMessages, type Messages } from '../../lib/i18n';
import { formatDay, formatList } from '../../lib/i18n/intl';
import type { CardLang } from './card-in-language';
import { CARD_CATALOGS } from './card-catalogs';
import { cardDay, cardList } from './card-words';

/**
 * The card's own labels (headings, buttons, the source line) in the language of the card's text,
 * whatever the interface's language (issue #29): a Spanish card reads "Efectos secundarios" in
 * an English browser, an English card "Side effects" in a Spanish one, and the card's one `lang`
 * holds for all of it. The catalogs: card-catalogs.ts.
 */
export interface CardLabels extends Messages {
  lang: CardLang;
  /** An ISO day ("2018-10-17") as the card's language writes it; the data's own is English. */
  day(isoDay: string): string;
  /** A list as the card's language joins it ("A, B y C"). */
  list(items: readonly string[], type?: 'conjunction' | 'unit'): string;
}

const made = new Map<CardLang, CardLabels>();

/** The labels of a card in `lang`. */
export function cardLabels(lang: CardLang): CardLabels {
  let labels = made.get(lang);
  if (!labels) {
    const catalog = CARD_CATALOGS[lang];
    // Without a catalog of its language here (the embed's Spanish), the UI's, which then is.
    const messages = catalog
      ? messagesFrom(
          (key, subs) => formatMessage(catalog, key, subs),
          () => lang,
        )
      : uiMessages;
    labels = {
      ...messages,
      lang,
      day: (isoDay) => (catalog && cardDay(isoDay, messages)) || formatDay(isoDay, 'long', lang),
      // Cards join brand names only ("unit"); any other list is Intl's.
      list: (items, type) =>
        type === 'unit' ? cardList(items, lang) : formatList(items, type, lang),
    };
    made.set(lang, labels);
  }
  return labels;
}

const Labels = createContext<CardLabels>(cardLabels('en'));

/** Gives a card's parts the labels of its language. */
export const CardLabelsProvider = Labels.Provider;

/** The labels of the card this component is part of. */
export function useCardLabels(): CardLabels {
  return useContext(Labels);
}
