import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n';

/**
 * A link that opens in a new tab and says so: a small arrow for the eye, words for a screen
 * reader ("opens in a new tab"), so no one is surprised by a tab they did not ask for.
 */
export function NewTabLink(props: {
  href: string;
  children: ComponentChildren;
  rel?: string;
  /** "(opens in a new tab)" in the language of the text around it (a card's own). */
  opensNewTab?: string;
}) {
  return (
    <a href={props.href} target="_blank" rel={props.rel ?? 'noopener noreferrer'}>
      {props.children}
      <span class="tl-new-tab" aria-hidden="true">
        {' ↗'}
      </span>
      <span class="tl-sr-only"> {props.opensNewTab ?? t('card_opensNewTab')}</span>
    </a>
  );
}
