import { useEffect, useState } from 'preact/hooks';
import { listSavedTermIds, watchQuestions } from '../../lib/questions';

/** The term ids saved in "My questions", kept current; null until read. */
export function useSavedTermIds(): string[] | null {
  const [ids, setIds] = useState<string[] | null>(null);
  useEffect(() => {
    let live = true;
    listSavedTermIds().then(
      (list) => live && setIds(list),
      // Unreadable: the deck is empty rather than the page broken.
      () => live && setIds([]),
    );
    const stop = watchQuestions(({ list }) => {
      if (live) setIds(list.terms.map((t) => t.termId));
    });
    return () => {
      live = false;
      stop();
    };
  }, []);
  return ids;
}
