import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  loadProgress,
  resetCardProgress,
  saveCardProgress,
  saveNewPerDay,
  STUDY_PROGRESS_KEY,
  type LoadedProgress,
} from '../../lib/study/progress-store';
import { gradeCard, type CardProgress, type GradeValue } from '../../lib/study/scheduler';
import { t } from '../../lib/i18n';
import { errorMessage } from '../../lib/error-message';

export interface StudyProgressHandle {
  /** Null until the saved progress is read. */
  progress: LoadedProgress | null;
  /** A plain sentence about the last failed read or save, or null. */
  error: string | null;
  grade(cardId: string, grade: GradeValue): Promise<void>;
  reset(cardIds: readonly string[]): Promise<boolean>;
  setNewPerDay(value: number): Promise<boolean>;
}

/**
 * The stored study progress, kept current: grades save at once, and a change from another study
 * tab is picked up (its own problems are not repeated, the first read already reported them).
 */
export function useStudyProgress(now: () => Date): StudyProgressHandle {
  const [progress, setProgress] = useState<LoadedProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Grades shown but not yet saved. Saves run one at a time, so a read or an earlier save can
  // land without a later grade; laying these over it keeps that grade from being undone (its
  // card would come back for a moment, under a reader already on the next one).
  const unsaved = useRef(new Map<string, CardProgress>());
  const withUnsaved = (stored: LoadedProgress, problems: string[]): LoadedProgress => {
    if (unsaved.current.size === 0) return { ...stored, problems };
    const cards = new Map(stored.cards);
    for (const [id, card] of unsaved.current) cards.set(id, card);
    return { ...stored, cards, problems };
  };

  useEffect(() => {
    let live = true;
    const readFailed = (err: unknown) =>
      live && setError(t('study_errorRead', { reason: errorMessage(err) }));
    loadProgress().then(
      (loaded) => live && setProgress(withUnsaved(loaded, loaded.problems)),
      readFailed,
    );
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'local' || !(STUDY_PROGRESS_KEY in changes)) return;
      loadProgress().then((loaded) => {
        if (live) setProgress((old) => withUnsaved(loaded, old?.problems ?? []));
      }, readFailed);
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, []);

  const run = useCallback(async (task: () => Promise<LoadedProgress>): Promise<boolean> => {
    try {
      const saved = await task();
      setProgress((old) => withUnsaved(saved, old?.problems ?? []));
      setError(null);
      return true;
    } catch (err) {
      setError(t('study_errorSave', { reason: errorMessage(err) }));
      return false;
    }
  }, []);

  const grade = useCallback(
    async (cardId: string, value: GradeValue) => {
      const next = gradeCard(cardId, progress?.cards.get(cardId), value, now());
      // Show the next card at once; the save follows.
      unsaved.current.set(cardId, next);
      setProgress((old) => old && { ...old, cards: new Map(old.cards).set(cardId, next) });
      await run(async () => {
        try {
          return await saveCardProgress(cardId, next);
        } finally {
          // A later grade of the same card stays until its own save.
          if (unsaved.current.get(cardId) === next) unsaved.current.delete(cardId);
        }
      });
    },
    [progress, now, run],
  );

  return {
    progress,
    error,
    grade,
    reset: (cardIds) => run(() => resetCardProgress(cardIds)),
    setNewPerDay: (value) => run(() => saveNewPerDay(value)),
  };
}
