import { useState } from 'preact/hooks';
import { t, plural } from '../../lib/i18n';
import { readImportFile, describeImportError } from '../../lib/questions/import';
import type { QuestionOp } from '../../lib/questions/ops';
import type { QuestionList } from '../../lib/questions/schema';
import { byId, useFocusAfterRender } from './focus-after';
import { errorMessage } from '../../lib/error-message';

const ASK_ID = 'tl-import-ask';
const ERRORS_ID = 'tl-import-errors';
const DONE_ID = 'tl-import-done';

export interface RestoreSectionProps {
  /** The list now (null while loading). */
  list: QuestionList | null;
  /** Applies a change and shows the new list; rejects with a message for the reader. */
  apply(op: QuestionOp): Promise<void>;
}

/**
 * "Restore from a file": choose a CSV that My questions exported, then add it to the list (merge)
 * or replace the list, with Undo. Every message appears here, next to the file picker, and takes
 * focus, so the reader does not have to look for it elsewhere on the page.
 */
export function RestoreSection({ list, apply }: RestoreSectionProps) {
  const [chosen, setChosen] = useState<{ name: string; list: QuestionList } | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState<{ text: string; before: QuestionList | null } | null>(null);
  const focusAfter = useFocusAfterRender();

  const read = async (file: File) => {
    setChosen(null);
    setErrors([]);
    setDone(null);
    const result = await readImportFile(file);
    if (result.ok) {
      setChosen({ name: file.name, list: result.list });
      focusAfter(byId(ASK_ID));
    } else {
      setErrors(result.errors.map(describeImportError));
      focusAfter(byId(ERRORS_ID));
    }
  };

  const run = async (op: QuestionOp, text: string, before: QuestionList | null) => {
    setErrors([]);
    try {
      await apply(op);
      setChosen(null);
      setDone({ text, before });
      focusAfter(byId(DONE_ID));
    } catch (err) {
      setErrors([errorMessage(err)]);
      focusAfter(byId(ERRORS_ID));
    }
  };

  return (
    <section class="tl-section" aria-labelledby="tl-import-title">
      <h2 id="tl-import-title">{t('questions_restoreTitle')}</h2>
      <p class="tl-hint" id="tl-import-hint">
        {t('questions_restoreHint')}
      </p>
      <input
        type="file"
        id="tl-import-file"
        accept=".csv,text/csv"
        aria-describedby="tl-import-hint"
        aria-label={t('questions_restoreFile')}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) void read(file);
          e.currentTarget.value = '';
        }}
      />
      {errors.length > 0 && (
        <div class="tl-error" role="alert" id={ERRORS_ID} tabIndex={-1}>
          <p>{t('questions_notRestored')}</p>
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {chosen && (
        <div class="tl-notice" role="alert" id={ASK_ID} tabIndex={-1}>
          <p>
            {plural('questions_fileHolds', chosen.list.terms.length, { file: chosen.name })}{' '}
            {plural('questions_restoreChoice', list?.terms.length ?? 0)}
          </p>
          <button
            type="button"
            class="tl-button"
            data-action="merge"
            onClick={() =>
              void run({ op: 'merge', list: chosen.list }, t('questions_merged'), list)
            }
          >
            {t('questions_merge')}
          </button>{' '}
          <button
            type="button"
            class="tl-button tl-quiet"
            data-action="replace"
            onClick={() =>
              void run({ op: 'replace', list: chosen.list }, t('questions_restored'), list)
            }
          >
            {t('questions_replace')}
          </button>{' '}
          <button type="button" class="tl-button tl-quiet" onClick={() => setChosen(null)}>
            {t('questions_cancel')}
          </button>
        </div>
      )}
      {done && (
        <p class="tl-notice" role="status" id={DONE_ID} tabIndex={-1}>
          {done.text}{' '}
          {done.before && (
            <button
              type="button"
              class="tl-button tl-quiet"
              onClick={() =>
                void run({ op: 'replace', list: done.before! }, t('questions_putBack'), null)
              }
            >
              {t('questions_undo')}
            </button>
          )}
        </p>
      )}
    </section>
  );
}
