import type { ComponentChildren } from 'preact';
import type { CardData } from '../../data/card';

/**
 * A slot for other features' controls on the card (My questions' save control): given the term the
 * popover is open on and the card shown, render returns what to add; pin() keeps the popover open.
 * The controls bring their own stylesheet, which the popover adds to its shadow root, so the
 * popover imports nothing of the feature (and the embed, which has no actions, carries no CSS).
 */
export interface CardActions {
  render(open: {
    term: HTMLElement;
    data: CardData;
    pin: () => void;
    /** Speaks through the popover's one live region. */
    announce: (text: string) => void;
    /** Closes the card and gives focus back to the term (Escape inside the actions). */
    close: () => void;
    /** The actions changed size: place the card again. */
    relayout: () => void;
    /**
     * The card's theme as shown (the page's, when it follows the page), text scale, and the
     * language of its text (the actions' words follow it).
     */
    look: { theme: 'light' | 'dark'; scale: number; lang: 'en' | 'es' };
  }): ComponentChildren;
  css: string;
}
