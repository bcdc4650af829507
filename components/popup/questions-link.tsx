import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { loadQuestions, watchQuestions } from '../../lib/questions/store';
import { formatNumber, t } from '../../lib/i18n';

/** "My questions (3)": opens the My questions page in a tab. */
export function QuestionsLink({ open = openQuestionsPage }: { open?: () => void }) {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    void loadQuestions().then(
      ({ list }) => setCount(list.terms.length),
      () => setCount(null),
    );
    return watchQuestions(({ list }) => setCount(list.terms.length));
  }, []);
  return (
    <button type="button" class="tl-button tl-quiet" onClick={open}>
      {t('popup_myQuestions')}
      {count !== null && (
        <>
          {' '}
          <span class="tl-term-count">({formatNumber(count)})</span>
          <span class="tl-sr-only"> {t('popup_savedTerms')}</span>
        </>
      )}
    </button>
  );
}

function openQuestionsPage(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/questions.html') });
  window.close();
}
