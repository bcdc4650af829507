import { createContext, type ComponentChildren } from 'preact';
import { useContext, useState } from 'preact/hooks';
import type { CardData } from '../../data/card';
import { SaveControl } from './save-control';

/** Nothing to record about where it was found: the reader looked the term up in Termlight itself. */
const LOOKED_UP = () => ({ pageTitle: '', pageUrl: null, context: '' });

const Announce = createContext<((text: string) => void) | undefined>(undefined);

/**
 * One live region for all the save controls inside it (the glossary page shows dozens of cards;
 * one region each would be dozens of regions).
 */
export function SaveAnnouncer({ children }: { children: ComponentChildren }) {
  const [text, setText] = useState('');
  return (
    <Announce.Provider value={setText}>
      {children}
      <p class="tl-sr-only" aria-live="polite" data-save-status>
        {text}
      </p>
    </Announce.Provider>
  );
}

/**
 * "Save to my questions" for a card found by search (the popup's and the glossary page's): the
 * same control as the card on a page. Extension pages are out of every web page's reach, so it
 * runs here directly.
 */
export function SearchSave({ data, idPrefix }: { data: CardData; idPrefix: string }) {
  const announce = useContext(Announce);
  return (
    <SaveControl
      key={data.entry.id}
      termId={data.entry.id}
      termName={data.entry.name}
      idPrefix={idPrefix}
      page={LOOKED_UP}
      announce={announce}
    />
  );
}
