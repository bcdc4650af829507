import { useEffect, useState } from 'preact/hooks';
import { listSavedTermIds } from '../../lib/questions';
import type { Deck } from '../../lib/study/decks';
import { plural, t } from '../../lib/i18n';

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
      <h2 id="tl-study-title">{t('popup_study')}</h2>
      <div class="tl-inline">
        {pageTermIds && n > 0 && (
          <button
            type="button"
            class="tl-button"
            onClick={() => onStudy({ kind: 'page', termIds: pageTermIds })}
          >
            {plural('popup_studyPage', n)}
          </button>
        )}
        {saved > 0 && (
          <button type="button" class="tl-button" onClick={() => onStudy({ kind: 'saved' })}>
            {t('popup_studySaved')}
          </button>
        )}
        <button type="button" class="tl-button" onClick={() => onStudy({ kind: 'glossary' })}>
          {t('popup_studyGlossary')}
        </button>
      </div>
    </section>
  );
}
