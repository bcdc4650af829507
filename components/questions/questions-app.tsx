import { useEffect, useState } from 'preact/hooks';
import { downloadText } from '../download';
import { changeQuestions, fetchQuestions } from '../../lib/questions/client';
import { dayOf, toCsv, toMarkdown, toPlainText } from '../../lib/questions/export';
import { describeImportError, parseImport } from '../../lib/questions/import';
import type { QuestionOp } from '../../lib/questions/ops';
import type { QuestionList, SavedTerm } from '../../lib/questions/schema';
import { watchQuestions } from '../../lib/questions/store';
import { loadSettings } from '../../lib/settings';
import { useDocumentTheme } from '../options/use-theme';
import { NoteItem } from './note-item';
import { PrintView } from './print-view';

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
}

/** The My questions page: the saved terms with their notes, print, copy, export and import. */
export function QuestionsApp({ api = BROWSER }: { api?: QuestionsPageApi }) {
  const [list, setList] = useState<QuestionList | null>(null);
  const [dropped, setDropped] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [undo, setUndo] = useState<Undo | null>(null);
  const [printing, setPrinting] = useState(false);
  const [importing, setImporting] = useState<{ name: string; list: QuestionList } | null>(null);
  const [importErrors, setImportErrors] = useState<string[]>([]);
  const [theme, setTheme] = useState<'system' | 'light' | 'dark'>('system');
  useDocumentTheme(theme);

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

  async function change(op: QuestionOp, done: string, undoable?: Undo): Promise<boolean> {
    setError(null);
    try {
      const saved = await api.changeQuestions(op);
      setList(saved.list);
      setDropped([]);
      setStatus(done);
      setUndo(undoable ?? null);
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
    setStatus(kind === 'csv' ? 'Exported as CSV.' : 'Exported as Markdown.');
  };

  const readImport = async (file: File) => {
    setImporting(null);
    setImportErrors([]);
    const result = parseImport(await file.text());
    if (result.ok) setImporting({ name: file.name, list: result.list });
    else setImportErrors(result.errors.map(describeImportError));
  };

  if (printing && list) {
    return (
      <main class="tl-page tl-questions tl-printing">
        <div class="tl-q-toolbar tl-no-print">
          <button type="button" class="tl-button" onClick={() => api.print()}>
            Print
          </button>
          <button type="button" class="tl-button tl-quiet" onClick={() => setPrinting(false)}>
            Back to my list
          </button>
        </div>
        <PrintView list={list} />
      </main>
    );
  }

  return (
    <main class="tl-page tl-questions">
      <h1>My questions</h1>
      <p class="tl-lead">
        Terms you saved, with your questions for your next visit. Your list stays on this device:
        Termlight never sends it anywhere.
      </p>
      {error && (
        <p class="tl-error" role="alert">
          {error}
        </p>
      )}
      {dropped.length > 0 && (
        <div class="tl-notice" role="alert">
          <p>Part of your saved list was damaged. Termlight kept everything it could read.</p>
          <p>Left out:</p>
          <ul>
            {dropped.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
          <p>A copy of the damaged list is kept in the browser until your next change.</p>
        </div>
      )}
      {list && (
        <section class="tl-section tl-q-toolbar" aria-label="Print, copy and export">
          <button
            type="button"
            class="tl-button"
            disabled={list.terms.length === 0}
            onClick={() => setPrinting(true)}
          >
            Print view
          </button>
          <button
            type="button"
            class="tl-button tl-quiet"
            disabled={list.terms.length === 0}
            onClick={() =>
              api.copy(toPlainText(list)).then(
                () => setStatus('Copied as text.'),
                () => setError('The browser did not allow copying. Try the Markdown export.'),
              )
            }
          >
            Copy as text
          </button>
          <button type="button" class="tl-button tl-quiet" onClick={() => exportAs('md')}>
            Export Markdown
          </button>
          <button type="button" class="tl-button tl-quiet" onClick={() => exportAs('csv')}>
            Export CSV
          </button>
        </section>
      )}
      {undo && (
        <p class="tl-notice tl-q-undo">
          {undo.label}{' '}
          <button
            type="button"
            class="tl-button tl-quiet"
            onClick={() => void change(undo.change, 'Put back.')}
          >
            Undo
          </button>
        </p>
      )}
      {list === null && !error && <p class="tl-hint">Loading your questions…</p>}
      {list?.terms.length === 0 && (
        <p class="tl-hint">
          Nothing saved yet. On a page, open a highlighted term and choose “Save to my questions”.
        </p>
      )}
      {list?.terms.map((term, index) => (
        <TermGroup
          key={term.termId}
          term={term}
          onChange={change}
          onRemove={() =>
            change({ op: 'unsave', termId: term.termId }, `${term.termName} removed.`, {
              label: `${term.termName} removed.`,
              change: { op: 'restore-term', term, index },
            })
          }
        />
      ))}

      <section class="tl-section" aria-labelledby="tl-import-title">
        <h2 id="tl-import-title">Restore from a file</h2>
        <p class="tl-hint" id="tl-import-hint">
          Choose a CSV file exported from My questions (for example on another computer). Your list
          is replaced only if the whole file can be read.
        </p>
        <input
          type="file"
          id="tl-import-file"
          accept=".csv,text/csv"
          aria-describedby="tl-import-hint"
          aria-label="Choose a file to restore"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void readImport(file);
            e.currentTarget.value = '';
          }}
        />
        {importErrors.length > 0 && (
          <div class="tl-error" role="alert">
            <p>That file was not restored, and nothing changed:</p>
            <ul>
              {importErrors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </div>
        )}
        {importing && (
          <div class="tl-notice" role="alert">
            <p>
              {importing.name} holds {importing.list.terms.length} term(s). Replace your list of{' '}
              {list?.terms.length ?? 0} term(s) with it?
            </p>
            <button
              type="button"
              class="tl-button"
              onClick={async () => {
                const old = list;
                const ok = await change(
                  { op: 'replace', list: importing.list },
                  'Your list was restored from the file.',
                  old
                    ? { label: 'List restored.', change: { op: 'replace', list: old } }
                    : undefined,
                );
                if (ok) setImporting(null);
              }}
            >
              Replace my list
            </button>{' '}
            <button type="button" class="tl-button tl-quiet" onClick={() => setImporting(null)}>
              Cancel
            </button>
          </div>
        )}
      </section>
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
  onChange: (op: QuestionOp, done: string, undo?: Undo) => Promise<boolean>;
  onRemove: () => void;
}) {
  const { termId } = term;
  const headingId = `tl-q-${termId}`;
  return (
    <section class="tl-section tl-q-term" aria-labelledby={headingId}>
      <div class="tl-q-head">
        <h2 id={headingId}>{term.termName}</h2>
        <button
          type="button"
          class="tl-button tl-quiet"
          aria-label={`Remove ${term.termName} from my questions`}
          onClick={onRemove}
        >
          Remove
        </button>
      </div>
      {(term.pageTitle || term.pageUrl) && (
        <p class="tl-hint">
          Saved from{' '}
          {term.pageUrl ? (
            <a href={term.pageUrl} target="_blank" rel="noopener noreferrer">
              {term.pageTitle || term.pageUrl}
            </a>
          ) : (
            term.pageTitle
          )}
          {term.savedAt && ` on ${dayOf(term.savedAt)}`}
        </p>
      )}
      {term.context && <blockquote class="tl-q-context">{term.context}</blockquote>}
      {term.notes.length === 0 ? (
        <p class="tl-hint">No questions yet. Add them from the term’s card on a page.</p>
      ) : (
        <ul class="tl-q-notes" aria-label={`Questions about ${term.termName}`}>
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
                  asked ? 'Marked as asked.' : 'Marked as not asked.',
                )
              }
              onEdit={(text) =>
                onChange({ op: 'edit-note', termId, noteId: note.id, text }, 'Saved.')
              }
              onMove={(by) =>
                void onChange(
                  { op: 'move-note', termId, noteId: note.id, by },
                  by < 0 ? 'Moved up.' : 'Moved down.',
                )
              }
              onDelete={() =>
                void onChange({ op: 'delete-note', termId, noteId: note.id }, 'Question deleted.', {
                  label: 'Question deleted.',
                  change: { op: 'restore-note', termId, note, index: i },
                })
              }
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
