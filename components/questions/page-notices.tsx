import { t } from '../../lib/i18n';
import type { ChangeQuestions, Undo } from './use-question-list';

/** What a damaged saved list lost when it was read, so the reader can copy it back. */
export function DamagedNotice({ dropped }: { dropped: string[] }) {
  if (dropped.length === 0) return null;
  return (
    <div class="tl-notice" role="alert">
      <p>{t('questions_damaged')}</p>
      <p>{t('questions_leftOut')}</p>
      <ul>
        {dropped.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
      <p>{t('questions_damagedCopy')}</p>
    </div>
  );
}

/** The last removal or deletion, with a button that takes it back. */
export function UndoNotice({ undo, change }: { undo: Undo | null; change: ChangeQuestions }) {
  if (!undo) return null;
  return (
    <p class="tl-notice tl-q-undo">
      {undo.label}{' '}
      <button
        type="button"
        class="tl-button tl-quiet"
        onClick={() => void change(undo.change, t('questions_putBack'), undefined, undo.focus)}
      >
        {t('questions_undo')}
      </button>
    </p>
  );
}
