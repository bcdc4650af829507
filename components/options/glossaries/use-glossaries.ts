import { useEffect, useState } from 'preact/hooks';
import { builtInTakenForms } from '../../../lib/glossaries/built-in';
import type { TakenForm } from '../../../lib/glossaries/check';
import {
  addGlossary,
  loadGlossary,
  loadGlossaryIndex,
  removeGlossary,
  updateGlossary,
  watchGlossaryIndex,
  type AddOptions,
} from '../../../lib/glossaries/store';
import type { ExchangeGlossary } from '../../../lib/glossaries/format';
import type { GlossaryIndex, StoredGlossaryInfo } from '../../../lib/glossaries/stored-index';
import { t } from '../../../lib/i18n';
import { errorMessage } from '../../../lib/error-message';

export interface GlossariesHandle {
  /** Null until storage has answered. */
  index: GlossaryIndex | null;
  /** A plain sentence about the last failed read or change, or null. */
  error: string | null;
  add(glossary: ExchangeGlossary, options: AddOptions): Promise<StoredGlossaryInfo | null>;
  update(
    key: string,
    change: Partial<Pick<StoredGlossaryInfo, 'enabled' | 'preferred'>>,
  ): Promise<boolean>;
  remove(key: string): Promise<boolean>;
}

/** The imported glossaries, kept current with changes from any other page. */
export function useGlossaries(): GlossariesHandle {
  const [index, setIndex] = useState<GlossaryIndex | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const stop = watchGlossaryIndex(setIndex);
    loadGlossaryIndex().then(setIndex, (err) => setError(errorMessage(err)));
    return stop;
  }, []);

  async function run<T>(task: () => Promise<T>): Promise<T | null> {
    try {
      const result = await task();
      setError(null);
      return result;
    } catch (err) {
      setError(errorMessage(err));
      return null;
    }
  }

  return {
    index,
    error,
    add: (glossary, options) => run(() => addGlossary(glossary, options)),
    update: async (key, change) => (await run(() => updateGlossary(key, change))) !== null,
    remove: async (key) => (await run(() => removeGlossary(key))) !== null,
  };
}

/**
 * The forms a new glossary must not take silently: the built-in glossary's and those of every
 * imported glossary that is on, except the one it replaces. Entry names come from the texts.
 */
export async function takenForms(
  index: GlossaryIndex,
  replaces: string | undefined,
): Promise<TakenForm[]> {
  const taken = builtInTakenForms();
  for (const info of index.glossaries) {
    if (!info.enabled || info.key === replaces) continue;
    const glossary = await loadGlossary(info.key);
    if (!glossary) continue;
    for (const entry of glossary.entries) {
      for (const form of entry.forms) {
        taken.push({
          text: form.text,
          ...(form.caseSensitive && { caseSensitive: true }),
          glossary: t('glossaries_yourGlossary', { name: info.name }),
          entryName: entry.name,
        });
      }
    }
  }
  return taken;
}
