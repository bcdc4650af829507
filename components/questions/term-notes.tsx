import { t } from '../../lib/i18n';
import type { SavedTerm } from '../../lib/questions/schema';
import { firstOf, noteControl, termControl } from './focus-after';
import { NoteItem } from './note-item';
import type { ChangeQuestions } from './use-question-list';

/** A saved term's questions, each with asked, edit, move and delete (with Undo). */
export function TermNotes({ term, change }: { term: SavedTerm; change: ChangeQuestions }) {
  const { termId, notes } = term;
  if (notes.length === 0) return <p class="tl-hint">{t('questions_noNotes')}</p>;
  return (
    <ul class="tl-q-notes" aria-label={t('questions_aboutTerm', { name: term.termName })}>
      {notes.map((note, i) => (
        <NoteItem
          key={note.id}
          id={`tl-n-${termId}-${i}`}
          note={note}
          first={i === 0}
          last={i === notes.length - 1}
          onAsked={(asked) =>
            void change(
              { op: 'set-asked', termId, noteId: note.id, asked },
              asked ? t('questions_markedAsked') : t('questions_markedNotAsked'),
            )
          }
          onEdit={(text) =>
            change({ op: 'edit-note', termId, noteId: note.id, text }, t('questions_saved'))
          }
          onMove={(by) =>
            void change(
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
            const next = notes[i + 1] ?? notes[i - 1];
            void change(
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
  );
}
