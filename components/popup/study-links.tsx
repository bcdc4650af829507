import { useEffect, useState } from 'preact/hooks';
import { listSavedTermIds } from '../../lib/questions';
import type { Deck } from '../../lib/study/decks';

/**
 * "Study": opens the Study page on the terms of this page, the saved terms of My questions (when
 * there are any) or the whole glossary. Deck
 * descriptions only; lib/study/decks.ts turns them into the page's address.
 */
export function StudyLinks({
  pageTermIds,
  onStudy,
}: {
  /** The terms found on the page, or null while unknown or when there is no page to read. */
  pageTermIds: string[] | null;
  onStudy: (deck: Deck) => void;
}) {
  const n = pageTermIds?.length ?? 0;
  const [saved, setSaved] = useState(0);
  useEffect(() => {
    listSavedTermIds().then(
      (ids) => setSaved(ids.length),
      () => setSaved(0),
    );
  }, []);
  return (
    <section class="tl-section" aria-labelledby="tl-study-title">
      <h2 id="tl-study-title">Study</h2>
      <div class="tl-inline">
        {pageTermIds && n > 0 && (
          <button
            type="button"
            class="tl-button"
            onClick={() => onStudy({ kind: 'page', termIds: pageTermIds })}
          >
            Study the {n === 1 ? 'term' : `${n} terms`} on this page
          </button>
        )}
        {saved > 0 && (
          <button type="button" class="tl-button" onClick={() => onStudy({ kind: 'saved' })}>
            Study my saved terms
          </button>
        )}
        <button type="button" class="tl-button" onClick={() => onStudy({ kind: 'glossary' })}>
          Study the whole glossary
        </button>
      </div>
    </section>
  );
}
