import { useEffect, useState } from 'preact/hooks';
import type { QuestionOp } from '../../lib/questions/ops';
import type { QuestionList } from '../../lib/questions/schema';
import { useFocusAfterRender, type FocusTarget } from './focus-after';
import type { QuestionsPageApi } from './page-api';
import { errorMessage } from '../../lib/error-message';

/** A change the reader can take back from the notice it leaves. */
export interface Undo {
  label: string;
  change: QuestionOp;
  /** Where focus goes once the change is undone. */
  focus: FocusTarget;
}

/**
 * Applies a change; on success says `done`, offers `undo` if given, and moves focus to `focus`
 * (the control that replaces the one used). Resolves false when the change was refused.
 */
export type ChangeQuestions = (
  op: QuestionOp,
  done: string,
  undo?: Undo,
  focus?: FocusTarget,
) => Promise<boolean>;

export interface QuestionListHandle {
  /** Null until the list is read. */
  list: QuestionList | null;
  /** What a damaged list lost when it was read (cleared by the next change). */
  dropped: string[];
  error: string | null;
  /** The last thing done, for the live region. */
  status: string;
  undo: Undo | null;
  change: ChangeQuestions;
  /** Applies a change from the restore section, which shows its own messages. */
  restore(op: QuestionOp): Promise<void>;
  say(status: string): void;
  fail(error: string): void;
}

/** The saved list, kept current with changes from other pages, and the page's last outcome. */
export function useQuestionList(api: QuestionsPageApi): QuestionListHandle {
  const [list, setList] = useState<QuestionList | null>(null);
  const [dropped, setDropped] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [undo, setUndo] = useState<Undo | null>(null);
  const focusAfter = useFocusAfterRender();

  useEffect(() => {
    api.fetchQuestions().then(
      (loaded) => {
        setList(loaded.list);
        setDropped(loaded.dropped);
      },
      (err: unknown) => setError(errorMessage(err)),
    );
    return api.watch((loaded) => setList(loaded.list));
  }, [api]);

  const change: ChangeQuestions = async (op, done, undoable, focus) => {
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
      setError(errorMessage(err));
      return false;
    }
  };

  const restore = async (op: QuestionOp) => {
    const saved = await api.changeQuestions(op);
    setList(saved.list);
    setDropped([]);
    setUndo(null);
  };

  return { list, dropped, error, status, undo, change, restore, say: setStatus, fail: setError };
}
