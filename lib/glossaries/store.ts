/**
 * Imported glossaries in storage.local: one index item that content scripts read (names, switches
 * and surface forms; see stored-index.ts) and one item per glossary with its full text, which only
 * the background (for cards) and the options page (for export) read.
 *
 * Adding a glossary writes both items in one storage.local.set call, so it lands whole or not at
 * all. Text read back from storage is checked again before use: storage is not trusted either.
 */
import { browser } from 'wxt/browser';
import { encodeTermIndex } from '../../data/term-index-build';
import { checkGlossary } from './check';
import type { ExchangeGlossary } from './format';
import { rawFromJson } from './read-file';
import {
  GlossaryStoreError,
  glossaryIndexItem,
  glossaryItemKey,
  glossaryStoreError,
  readGlossaryIndex,
  watchGlossaryIndex,
  type GlossaryIndex,
  type StoredGlossaryInfo,
} from './stored-index';

export { GlossaryStoreError, watchGlossaryIndex, readGlossaryIndex as loadGlossaryIndex };

/** The full text of one imported glossary, checked again; null if missing or damaged. */
export async function loadGlossary(key: string): Promise<ExchangeGlossary | null> {
  const raw = rawFromJson(await read(glossaryItemKey(key)));
  return raw ? checkGlossary(raw).glossary : null;
}

export interface AddOptions {
  /** Whether its forms win where another glossary has the same one. */
  preferred: boolean;
  /** The glossary this one replaces (a new version of the same list), if any. */
  replaces?: string;
}

/** Saves a checked glossary, switched on, in one write. Returns its record in the index. */
export async function addGlossary(
  glossary: ExchangeGlossary,
  options: AddOptions,
  now = new Date(),
): Promise<StoredGlossaryInfo> {
  let info: StoredGlossaryInfo | undefined;
  let replaced = false;
  await glossaryIndexItem.update(({ value: index }) => {
    const key = `g${index.nextKey}`;
    info = {
      key,
      name: glossary.name,
      enabled: true,
      preferred: options.preferred,
      importedAt: now.toISOString(),
      terms: encodeTermIndex(
        glossary.entries.map(({ id, category, forms }) => ({
          id,
          category,
          forms: forms.map((f) => (f.caseSensitive ? { text: f.text, caseSensitive: true } : f)),
        })),
      ),
    };
    const kept = index.glossaries.filter((g) => g.key !== options.replaces);
    replaced = kept.length < index.glossaries.length;
    // The index and the text in one storage call: the glossary lands whole or not at all.
    return {
      value: { nextKey: index.nextKey + 1, glossaries: [...kept, info] },
      alongside: { [glossaryItemKey(key)]: glossary },
    };
  });
  if (options.replaces && replaced) await remove(glossaryItemKey(options.replaces));
  return info!;
}

/** Turns one glossary on or off, or makes its forms win (or give way). */
export async function updateGlossary(
  key: string,
  change: Partial<Pick<StoredGlossaryInfo, 'enabled' | 'preferred'>>,
): Promise<GlossaryIndex> {
  const saved = await glossaryIndexItem.update(({ value: index }) => ({
    ...index,
    glossaries: index.glossaries.map((g) => (g.key === key ? { ...g, ...change } : g)),
  }));
  return saved.value;
}

/** Removes one glossary: first from the index (pages stop using it), then its text. */
export async function removeGlossary(key: string): Promise<GlossaryIndex> {
  const saved = await glossaryIndexItem.update(({ value: index }) => ({
    ...index,
    glossaries: index.glossaries.filter((g) => g.key !== key),
  }));
  await remove(glossaryItemKey(key));
  return saved.value;
}

async function read(key: string): Promise<unknown> {
  try {
    return (await browser.storage.local.get(key))[key];
  } catch (cause) {
    throw glossaryStoreError({ action: 'read', cause });
  }
}

async function remove(key: string): Promise<void> {
  try {
    await browser.storage.local.remove(key);
  } catch (cause) {
    throw glossaryStoreError({ action: 'save', cause });
  }
}
