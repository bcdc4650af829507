import { useState } from 'preact/hooks';
import type { QuestionNote } from '../../lib/questions/schema';

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
  const short = note.text.length > 40 ? `${note.text.slice(0, 40)}…` : note.text;

  if (editing) {
    return (
      <li class="tl-q-note tl-q-editing">
        <label for={`${id}-edit`}>Edit your question</label>
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
              if (await onEdit(draft)) setEditing(false);
            }}
          >
            Save
          </button>
          <button
            type="button"
            class="tl-button tl-quiet"
            onClick={() => {
              setDraft(note.text);
              setEditing(false);
            }}
          >
            Cancel
          </button>
        </div>
      </li>
    );
  }
  return (
    <li class={`tl-q-note${note.asked ? ' tl-q-asked' : ''}`}>
      <div class="tl-q-check">
        <input
          type="checkbox"
          id={`${id}-asked`}
          checked={note.asked}
          onChange={(e) => onAsked(e.currentTarget.checked)}
        />
        <label for={`${id}-asked`}>
          <span class="tl-q-text">{note.text}</span>
          {note.suggested && <span class="tl-q-tag"> (suggested question)</span>}
          <span class="tl-sr-only">{note.asked ? ', asked' : ', not asked yet'}</span>
        </label>
      </div>
      <div class="tl-q-actions">
        <button
          type="button"
          class="tl-button tl-quiet"
          aria-label={`Edit: ${short}`}
          onClick={() => {
            setDraft(note.text);
            setEditing(true);
          }}
        >
          Edit
        </button>
        <button
          type="button"
          class="tl-button tl-quiet"
          aria-label={`Move up: ${short}`}
          disabled={first}
          onClick={() => onMove(-1)}
        >
          Up
        </button>
        <button
          type="button"
          class="tl-button tl-quiet"
          aria-label={`Move down: ${short}`}
          disabled={last}
          onClick={() => onMove(1)}
        >
          Down
        </button>
        <button
          type="button"
          class="tl-button tl-quiet"
          aria-label={`Delete: ${short}`}
          onClick={onDelete}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
