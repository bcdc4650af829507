import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';

/** The level of the headings inside the card (its parts), one below the name. */
export const PartLevel = createContext(3);

/** A heading for a part of the card, at the level below the card's name. */
export function PartHeading(props: { class?: string; children: ComponentChildren }) {
  const H = `h${useContext(PartLevel)}` as 'h3';
  return <H class={props.class}>{props.children}</H>;
}
