import { useState } from 'preact/hooks';
import { dayOf } from '../../lib/questions/export';
import { formatDay } from '../../lib/i18n/intl';
import type { QuestionList } from '../../lib/questions/schema';
import { plural, t } from '../../lib/i18n';
import { LanguageHeads, TermInTwoColumns, useTermsInTwoLanguages } from './two-languages';

/**
 * The list made for paper: large type, each question with ruled space for the answer, and a line
 * for the visit date. Questions already asked are left out by default (they were answered at a
 * past visit), and the page says so, with a box to print them too, marked as asked. Another box
 * prints each term in English and Spanish side by side, for a visit with an interpreter or a
 * bilingual family (issue #29); the reader's own questions are printed as they wrote them.
 */
export function PrintView({ list, titleId }: { list: QuestionList; titleId: string }) {
  const [withAsked, setWithAsked] = useState(false);
  const [bilingual, setBilingual] = useState(false);
  const sides = useTermsInTwoLanguages(list.terms, bilingual);
  const asked = list.terms.reduce((n, term) => n + term.notes.filter((q) => q.asked).length, 0);
  // A term whose questions were all asked is done; a term saved with no question still goes on
  // paper, with space for notes.
  const terms = withAsked
    ? list.terms
    : list.terms
        .filter((t) => t.notes.length === 0 || t.notes.some((n) => !n.asked))
        .map((t) => ({ ...t, notes: t.notes.filter((n) => !n.asked) }));
  return (
    <article class={sides ? 'tl-print tl-print-two' : 'tl-print'} aria-labelledby={titleId}>
      {/* The page's only h1 while printing (My questions' own h1 is not shown then). */}
      <h1 id={titleId} tabIndex={-1}>
        {t('print_title')}
      </h1>
      <p class="tl-print-line">{t('print_visitLine')}</p>
      {asked > 0 && (
        <div class="tl-print-asked tl-no-print">
          <p>
            {withAsked ? plural('print_askedMarked', asked) : plural('print_askedLeftOut', asked)}
          </p>
          <label>
            <input
              type="checkbox"
              checked={withAsked}
              onChange={(e) => setWithAsked(e.currentTarget.checked)}
            />{' '}
            {t('print_includeAsked')}
          </label>
        </div>
      )}
      <p class="tl-print-option tl-no-print">
        <label>
          <input
            type="checkbox"
            checked={bilingual}
            onChange={(e) => setBilingual(e.currentTarget.checked)}
          />{' '}
          {t('print_bilingual')}
        </label>
      </p>
      {sides && <LanguageHeads />}
      {terms.map((term) => (
        <section class="tl-print-term" key={term.termId}>
          {sides ? (
            <TermInTwoColumns name={term.termName} sides={sides.get(term.termId)} />
          ) : (
            <h2>{term.termName}</h2>
          )}
          {term.context && <p class="tl-print-context">“{term.context}”</p>}
          <ol>
            {term.notes.map((note) => (
              <li key={note.id}>
                <p class="tl-print-question">
                  {note.text}
                  {note.asked && <span class="tl-print-was-asked"> ({t('print_askedTag')})</span>}
                </p>
                <div class="tl-print-answer" aria-hidden="true" />
              </li>
            ))}
          </ol>
          {term.notes.length === 0 && <div class="tl-print-answer" aria-hidden="true" />}
          {term.pageTitle && (
            <p class="tl-print-source">
              {t('print_readOn', { page: term.pageTitle })}
              {term.savedAt ? `, ${formatDay(dayOf(term.savedAt), 'long')}` : ''}
            </p>
          )}
        </section>
      ))}
      <p class="tl-print-foot">{t('print_foot')}</p>
    </article>
  );
}
