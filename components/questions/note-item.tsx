import { useEffect, useRef, useState } from 'preact/hooks';
import type { QuestionNote } from '../../lib/questions/schema';
import { t } from '../../lib/i18n';

export interface NoteItemProps {
  note: QuestionNote;
  /** Unique on the page, for label ids. */
  id: string;
  first: boolean;
  last: boolean;
  onAsked(asked: boolean): void;
  onEdit(text: string): Promise<boolean>;
  onMove(by: -1 | 1): void;
  onDelete(): void;
}

/** One question: tick as asked, edit, move up or down, delete. */
export function NoteItem({
  note,
  id,
  first,
  last,
  onAsked,
  onEdit,
  onMove,
  onDelete,
}: NoteItemProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(note.text);
  // Leaving the editor replaces the text box with the Edit button: focus goes back to it.
  const editButton = useRef<HTMLButtonElement>(null);
  const [backToEdit, setBackToEdit] = useState(false);
  useEffect(() => {
    if (!backToEdit || editing) return;
    editButton.current?.focus();
    setBackToEdit(false);
  }, [backToEdit, editing]);
  const stopEditing = () => {
    setEditing(false);
    setBackToEdit(true);
  };
  const short = note.text.length > 40 ? `${note.text.slice(0, 40)}…` : note.text;

  if (editing) {
    return (
      <li class="tl-q-note tl-q-editing">
        <label for={`${id}-edit`}>{t('note_editLabel')}</label>
        <textarea
          id={`${id}-edit`}
          rows={3}
          maxLength={1000}
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
          ref={(el) => el?.focus()}
        />
        <div class="tl-q-actions">
          <button
            type="button"
            class="tl-button"
            onClick={async () => {
              if (await onEdit(draft)) stopEditing();
            }}
          >
            {t('note_save')}
          </button>
          <button
            type="button"
            class="tl-button tl-quiet"
            onClick={() => {
              setDraft(note.text);
              stopEditing();
            }}
          >
            {t('note_cancel')}
          </button>
        </div>
      </li>
    );
  }
  return (
    <li class={`tl-q-note${note.asked ? ' tl-q-asked' : ''}`} data-note-id={note.id}>
      <div class="tl-q-check">
        <input
          type="checkbox"
          id={`${id}-asked`}
          checked={note.asked}
          onChange={(e) => onAsked(e.currentTarget.checked)}
        />
        {/* The tick box's own visible word ("Asked"), then the question it is for: both are its
            name, and the box itself says whether it is ticked. */}
        <label for={`${id}-asked`}>
          <span class="tl-q-tick">{t('note_asked')}</span>{' '}
          <span class="tl-q-text">{note.text}</span>
          {note.suggested && <span class="tl-q-tag"> {t('note_suggested')}</span>}
        </label>
      </div>
      <div class="tl-q-actions">
        <button
          type="button"
          class="tl-button tl-quiet"
          ref={editButton}
          data-action="edit"
          aria-label={t('note_editFor', { question: short })}
          onClick={() => {
            setDraft(note.text);
            setEditing(true);
          }}
        >
          {t('note_edit')}
        </button>
        <button
          type="button"
          class="tl-button tl-quiet"
          data-action="up"
          aria-label={t('note_upFor', { question: short })}
          disabled={first}
          onClick={() => onMove(-1)}
        >
          {t('note_up')}
        </button>
        <button
          type="button"
          class="tl-button tl-quiet"
          data-action="down"
          aria-label={t('note_downFor', { question: short })}
          disabled={last}
          onClick={() => onMove(1)}
        >
          {t('note_down')}
        </button>
        <button
          type="button"
          class="tl-button tl-quiet"
          data-action="delete"
          aria-label={t('note_deleteFor', { question: short })}
          onClick={onDelete}
        >
          {t('note_delete')}
        </button>
      </div>
    </li>
  );
}
