import { useEffect, useState } from 'preact/hooks';
import { downloadText } from '../shared/download';
import { changeQuestions, fetchQuestions } from '../../lib/questions/client';
import { dayOf, toCsv, toMarkdown, toPlainText } from '../../lib/questions/export';
import type { QuestionOp } from '../../lib/questions/ops';
import type { QuestionList, SavedTerm } from '../../lib/questions/schema';
import { watchQuestions } from '../../lib/questions/store';
import { loadSettings } from '../../lib/settings';
import { useDocumentTheme } from '../shared/use-theme';
import { byId, firstOf, noteControl, termControl, useFocusAfterRender } from './focus-after';
import type { FocusTarget } from './focus-after';
import { NoteItem } from './note-item';
import { PrintView } from './print-view';
import { RestoreSection } from './restore-section';
import { t } from '../../lib/i18n';
import { formatDay } from '../../lib/i18n/intl';
import { NewTabLink } from '../shared/new-tab-link';

/** The background and the browser, replaceable in tests. */
export interface QuestionsPageApi {
  fetchQuestions: typeof fetchQuestions;
  changeQuestions: typeof changeQuestions;
  watch: typeof watchQuestions;
  copy(text: string): Promise<void>;
  download(name: string, type: string, text: string): void;
  print(): void;
}

const BROWSER: QuestionsPageApi = {
  fetchQuestions,
  changeQuestions,
  watch: watchQuestions,
  copy: (text) => navigator.clipboard.writeText(text),
  download: (name, type, text) => downloadText(document, name, text, type),
  print: () => window.print(),
};

interface Undo {
  label: string;
  change: QuestionOp;
  /** Where focus goes once the change is undone. */
  focus: FocusTarget;
}

const TITLE_ID = 'tl-q-title';
const PRINT_TITLE_ID = 'tl-print-title';
const PRINT_BUTTON_ID = 'tl-q-print-view';

/** The My questions page: the saved terms with their notes, print, copy, export and import. */
export function QuestionsApp({ api = BROWSER }: { api?: QuestionsPageApi }) {
  const [list, setList] = useState<QuestionList | null>(null);
  const [dropped, setDropped] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [undo, setUndo] = useState<Undo | null>(null);
  const [printing, setPrinting] = useState(false);
  const [theme, setTheme] = useState<'system' | 'light' | 'dark'>('system');
  useDocumentTheme(theme);
  const focusAfter = useFocusAfterRender();

  useEffect(() => {
    void loadSettings().then(
      (s) => setTheme(s.theme),
      () => undefined,
    );
    api.fetchQuestions().then(
      (loaded) => {
        setList(loaded.list);
        setDropped(loaded.dropped);
      },
      (err: unknown) => setError(messageOf(err)),
    );
    return api.watch((loaded) => setList(loaded.list));
  }, [api]);

  /** Applies a change; on success, focus goes to `focus` (the control that replaces the one used). */
  async function change(
    op: QuestionOp,
    done: string,
    undoable?: Undo,
    focus?: FocusTarget,
  ): Promise<boolean> {
    setError(null);
    try {
      const saved = await api.changeQuestions(op);
      setList(saved.list);
      setDropped([]);
      setStatus(done);
      setUndo(undoable ?? null);
      if (focus) focusAfter(focus);
      return true;
    } catch (err) {
      setError(messageOf(err));
      return false;
    }
  }

  const today = new Date().toISOString().slice(0, 10);
  const exportAs = (kind: 'csv' | 'md') => {
    if (!list) return;
    if (kind === 'csv') {
      api.download(`termlight-questions-${today}.csv`, 'text/csv', toCsv(list));
    } else {
      api.download(`termlight-questions-${today}.md`, 'text/markdown', toMarkdown(list));
    }
    setStatus(kind === 'csv' ? t('questions_exportedCsv') : t('questions_exportedMarkdown'));
  };

  if (printing && list) {
    return (
      <main class="tl-page tl-questions tl-printing">
        <div class="tl-q-toolbar tl-no-print">
          <button type="button" class="tl-button" onClick={() => api.print()}>
            {t('questions_print')}
          </button>
          <button
            type="button"
            class="tl-button tl-quiet"
            onClick={() => {
              setPrinting(false);
              focusAfter(byId(PRINT_BUTTON_ID));
            }}
          >
            {t('questions_backToList')}
          </button>
        </div>
        <PrintView list={list} titleId={PRINT_TITLE_ID} />
      </main>
    );
  }

  return (
    <main class="tl-page tl-questions">
      <h1 id={TITLE_ID} tabIndex={-1}>
        {t('questions_title')}
      </h1>
      <p class="tl-lead">{t('questions_lead')}</p>
      {error && (
        <p class="tl-error" role="alert">
          {error}
        </p>
      )}
      {dropped.length > 0 && (
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
      )}
      {list && (
        <section class="tl-section tl-q-toolbar" aria-label={t('questions_toolbar')}>
          <button
            type="button"
            id={PRINT_BUTTON_ID}
            class="tl-button"
            disabled={list.terms.length === 0}
            onClick={() => {
              setPrinting(true);
              focusAfter(byId(PRINT_TITLE_ID));
            }}
          >
            {t('questions_printView')}
          </button>
          <button
            type="button"
            class="tl-button tl-quiet"
            disabled={list.terms.length === 0}
            onClick={() =>
              api.copy(toPlainText(list)).then(
                () => setStatus(t('questions_copied')),
                () => setError(t('questions_copyFailed')),
              )
            }
          >
            {t('questions_copy')}
          </button>
          <button type="button" class="tl-button tl-quiet" onClick={() => exportAs('md')}>
            {t('questions_exportMarkdown')}
          </button>
          <button type="button" class="tl-button tl-quiet" onClick={() => exportAs('csv')}>
            {t('questions_exportCsv')}
          </button>
        </section>
      )}
      {undo && (
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
      )}
      {list === null && !error && <p class="tl-hint">{t('questions_loading')}</p>}
      {list?.terms.length === 0 && <p class="tl-hint">{t('questions_empty')}</p>}
      {list?.terms.map((term, index, terms) => (
        <TermGroup
          key={term.termId}
          term={term}
          onChange={change}
          onRemove={() => {
            const removed = t('questions_termRemoved', { name: term.termName });
            // The next term, else the one before, else the list's heading.
            const next = terms[index + 1] ?? terms[index - 1];
            return change(
              { op: 'unsave', termId: term.termId },
              removed,
              {
                label: removed,
                change: { op: 'restore-term', term, index },
                focus: termControl(term.termId, 'remove'),
              },
              next ? termControl(next.termId, 'remove') : byId(TITLE_ID),
            );
          }}
        />
      ))}

      <RestoreSection
        list={list}
        apply={async (op) => {
          const saved = await api.changeQuestions(op);
          setList(saved.list);
          setDropped([]);
          setUndo(null);
        }}
      />
      <p class="tl-sr-only" role="status">
        {status}
      </p>
    </main>
  );
}

function TermGroup({
  term,
  onChange,
  onRemove,
}: {
  term: SavedTerm;
  onChange: (op: QuestionOp, done: string, undo?: Undo, focus?: FocusTarget) => Promise<boolean>;
  onRemove: () => void;
}) {
  const { termId } = term;
  const headingId = `tl-q-${termId}`;
  return (
    <section class="tl-section tl-q-term" aria-labelledby={headingId} data-term-id={termId}>
      <div class="tl-q-head">
        <h2 id={headingId} tabIndex={-1} data-action="heading">
          {term.termName}
        </h2>
        <button
          type="button"
          data-action="remove"
          class="tl-button tl-quiet"
          aria-label={t('questions_removeTerm', { name: term.termName })}
          onClick={onRemove}
        >
          {t('questions_remove')}
        </button>
      </div>
      {term.glossaryName && (
        <p class="tl-hint">{t('card_origin', { glossary: term.glossaryName })}</p>
      )}
      {(term.pageTitle || term.pageUrl) && (
        <p class="tl-hint">
          {t('questions_savedFrom')}{' '}
          {term.pageUrl ? (
            <NewTabLink href={term.pageUrl}>{term.pageTitle || term.pageUrl}</NewTabLink>
          ) : (
            term.pageTitle
          )}
          {term.savedAt && ` ${t('questions_savedOn', { day: formatDay(dayOf(term.savedAt)) })}`}
        </p>
      )}
      {term.context && <blockquote class="tl-q-context">{term.context}</blockquote>}
      {term.notes.length === 0 ? (
        <p class="tl-hint">{t('questions_noNotes')}</p>
      ) : (
        <ul class="tl-q-notes" aria-label={t('questions_aboutTerm', { name: term.termName })}>
          {term.notes.map((note, i) => (
            <NoteItem
              key={note.id}
              id={`tl-n-${termId}-${i}`}
              note={note}
              first={i === 0}
              last={i === term.notes.length - 1}
              onAsked={(asked) =>
                void onChange(
                  { op: 'set-asked', termId, noteId: note.id, asked },
                  asked ? t('questions_markedAsked') : t('questions_markedNotAsked'),
                )
              }
              onEdit={(text) =>
                onChange({ op: 'edit-note', termId, noteId: note.id, text }, t('questions_saved'))
              }
              onMove={(by) =>
                void onChange(
                  { op: 'move-note', termId, noteId: note.id, by },
                  by < 0 ? t('questions_movedUp') : t('questions_movedDown'),
                  undefined,
                  // The same button moved with the question; at the top or bottom it is
                  // disabled, so the other one.
                  firstOf(
                    noteControl(note.id, by < 0 ? 'up' : 'down'),
                    noteControl(note.id, by < 0 ? 'down' : 'up'),
                  ),
                )
              }
              onDelete={() => {
                const next = term.notes[i + 1] ?? term.notes[i - 1];
                void onChange(
                  { op: 'delete-note', termId, noteId: note.id },
                  t('questions_noteDeleted'),
                  {
                    label: t('questions_noteDeleted'),
                    change: { op: 'restore-note', termId, note, index: i },
                    focus: noteControl(note.id, 'delete'),
                  },
                  next ? noteControl(next.id, 'delete') : termControl(termId, 'heading'),
                );
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
