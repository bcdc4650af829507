import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  loadProgress,
  resetCardProgress,
  saveCardProgress,
  saveNewPerDay,
  STUDY_PROGRESS_KEY,
  type LoadedProgress,
} from '../../lib/study/progress-store';
import { gradeCard, type GradeValue } from '../../lib/study/scheduler';
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

  useEffect(() => {
    let live = true;
    const readFailed = (err: unknown) =>
      live && setError(t('study_errorRead', { reason: errorMessage(err) }));
    loadProgress().then((loaded) => live && setProgress(loaded), readFailed);
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'local' || !(STUDY_PROGRESS_KEY in changes)) return;
      loadProgress().then((loaded) => {
        if (live) setProgress((old) => ({ ...loaded, problems: old?.problems ?? [] }));
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
      setProgress((old) => ({ ...saved, problems: old?.problems ?? [] }));
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
      setProgress((old) => old && { ...old, cards: new Map(old.cards).set(cardId, next) });
      await run(() => saveCardProgress(cardId, next));
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
