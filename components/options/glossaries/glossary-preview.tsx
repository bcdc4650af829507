import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CheckResult } from '../../../lib/glossaries/check';
import { plural, t } from '../../../lib/i18n';
import { CATEGORY_LABELS } from '../../../data/categories';
import { ambiguousForms, type AmbiguousForm } from '../../../lib/glossaries/ambiguous';
import { GLOSSARY_CATEGORIES } from '../../../lib/glossaries/format';
import type { TextEncoding } from '../../../lib/glossaries/decode';

/** A file read and checked, waiting for the reader to add it or not. */
export interface PendingImport {
  fileName: string;
  result: CheckResult;
  /** How the file's bytes were read, when known. */
  encoding?: TextEncoding | undefined;
  /** The glossary of the same name that adding this one replaces. */
  replaces?: { key: string; name: string } | undefined;
}

export interface GlossaryPreviewProps {
  pending: PendingImport;
  /** Resolves true once saved; `leaveOut` are the ambiguous forms not to add. */
  onApply: (preferred: boolean, leaveOut: readonly AmbiguousForm[]) => Promise<boolean>;
  onCancel: () => void;
}

/** Shown rows of a long glossary; the rest are counted. */
const SHOWN_ENTRIES = 100;

/**
 * Everything about a file before it is used: its problems (then nothing can be added), or its
 * entries, forms and the forms other glossaries use too, with the choice of which one wins.
 */
export function GlossaryPreview({ pending, onApply, onCancel }: GlossaryPreviewProps) {
  const { fileName, result, replaces, encoding } = pending;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [preferred, setPreferred] = useState(false);
  const [leaveOut, setLeaveOut] = useState(true);
  const ambiguous = useMemo(
    () => (result.glossary ? ambiguousForms(result.glossary) : []),
    [result.glossary],
  );
  useEffect(() => headingRef.current?.focus(), [pending]);

  const glossary = result.glossary;
  return (
    <section class="tl-glossary-preview" aria-labelledby="tl-preview-title">
      <h3 id="tl-preview-title" ref={headingRef} tabIndex={-1}>
        {glossary
          ? t('glossaries_checkTitle', { name: glossary.name })
          : t('glossaries_cannotAdd', { file: fileName })}
      </h3>
      {!glossary ? (
        <>
          <p class="tl-error">{plural('glossaries_problems', result.problems.length)}</p>
          <p class="tl-hint">
            {t('glossaries_acceptedKinds', { kinds: GLOSSARY_CATEGORIES.join(', ') })}
          </p>
          <ul class="tl-problems">
            {result.problems.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
          <button type="button" class="tl-button" onClick={onCancel}>
            {t('glossaries_close')}
          </button>
        </>
      ) : (
        <>
          <p>
            {plural('glossaries_termsFrom', glossary.entries.length, { file: fileName })}{' '}
            {replaces && t('glossaries_replaces', { name: replaces.name })}
          </p>
          {encoding === 'windows-1252' && <p class="tl-hint">{t('glossaries_readAsWindows')}</p>}
          <div class="tl-table-scroll" tabIndex={0} aria-labelledby="tl-preview-title">
            <table class="tl-preview-table">
              <thead>
                <tr>
                  <th scope="col">{t('glossaries_colTerm')}</th>
                  <th scope="col">{t('glossaries_colKind')}</th>
                  <th scope="col">{t('glossaries_colForms')}</th>
                  <th scope="col">{t('glossaries_colSummary')}</th>
                </tr>
              </thead>
              <tbody>
                {glossary.entries.slice(0, SHOWN_ENTRIES).map((e) => (
                  <tr key={e.id}>
                    <th scope="row">{e.name}</th>
                    <td>{CATEGORY_LABELS[e.category].one}</td>
                    <td>{e.forms.map((f) => f.text).join(', ')}</td>
                    <td>{e.summary}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {glossary.entries.length > SHOWN_ENTRIES && (
            <p class="tl-hint">
              {t('glossaries_moreTerms', { count: glossary.entries.length - SHOWN_ENTRIES })}
            </p>
          )}
          {result.conflicts.length > 0 && (
            <div class="tl-conflicts">
              <h4>{t('glossaries_conflictsTitle')}</h4>
              <ul class="tl-problems">
                {result.conflicts.map((c, i) => (
                  <li key={i}>{c.message}</li>
                ))}
              </ul>
              <fieldset class="tl-fieldset">
                <legend>{t('glossaries_conflictLegend')}</legend>
                <div class="tl-choice">
                  <input
                    type="radio"
                    id="tl-conflict-keep"
                    name="tl-conflict"
                    checked={!preferred}
                    onChange={() => setPreferred(false)}
                  />
                  <label for="tl-conflict-keep">{t('glossaries_conflictKeep')}</label>
                </div>
                <div class="tl-choice">
                  <input
                    type="radio"
                    id="tl-conflict-mine"
                    name="tl-conflict"
                    checked={preferred}
                    onChange={() => setPreferred(true)}
                  />
                  <label for="tl-conflict-mine">{t('glossaries_conflictMine')}</label>
                </div>
              </fieldset>
            </div>
          )}
          {ambiguous.length > 0 && (
            <div class="tl-conflicts">
              <h4>{t('glossaries_ambiguousTitle')}</h4>
              <ul class="tl-problems">
                {ambiguous.map((a, i) => (
                  <li key={i}>
                    {t('glossaries_ambiguousForm', { form: a.form, name: a.entryName })}
                  </li>
                ))}
              </ul>
              <div class="tl-choice">
                <input
                  type="checkbox"
                  id="tl-leave-out"
                  checked={leaveOut}
                  onChange={(e) => setLeaveOut(e.currentTarget.checked)}
                />
                <label for="tl-leave-out">{t('glossaries_ambiguousLeaveOut')}</label>
              </div>
            </div>
          )}
          <p class="tl-hint">{t('glossaries_notReviewedNote')}</p>
          <div class="tl-inline">
            <button
              type="button"
              class="tl-button"
              onClick={() => void onApply(preferred, leaveOut ? ambiguous : [])}
            >
              {t('glossaries_add')}
            </button>
            <button type="button" class="tl-button" onClick={onCancel}>
              {t('glossaries_cancel')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
