import type { Plugin } from 'vite';

/**
 * The card's messages: its labels (card_*), the popover's around it (popover_*) and the save
 * control's in the card's reader frame (save_*), all in the language of the card's text.
 */
export const CARD_MESSAGE_PREFIXES = ['card_', 'popover_', 'save_'];

/**
 * A catalog (public/_locales/<code>/messages.json) imported into a bundle keeps only the card's
 * messages, without the notes for translators. The embed shows the card only; the extension's
 * card carries its labels in English and Spanish (components/term-card/card-labels.ts), while
 * its pages read the whole catalog through browser.i18n, never through an import.
 */
export function cardMessagesOnly(): Plugin {
  return {
    name: 'termlight-card-messages-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/_locales\/[\w-]+\/messages\.json$/.test(id)) return undefined;
      const all = JSON.parse(code) as Record<string, { description?: string }>;
      const kept = Object.entries(all)
        .filter(([key]) => key === 'locale' || CARD_MESSAGE_PREFIXES.some((p) => key.startsWith(p)))
        // Descriptions are for translators.
        .map(([key, { description: _, ...message }]) => [key, message]);
      return { code: JSON.stringify(Object.fromEntries(kept)), map: null };
    },
  };
}
