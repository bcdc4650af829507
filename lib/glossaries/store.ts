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
import { readGlossaryIndex, watchGlossaryIndex } from './watch-index';
import {
  GLOSSARY_INDEX_KEY,
  GLOSSARY_INDEX_VERSION,
  glossaryItemKey,
  type GlossaryIndex,
  type StoredGlossaryInfo,
} from './stored-index';
import { createSerialQueue } from '../storage/serial-queue';
import { t } from '../i18n';

export class GlossaryStoreError extends Error {
  override name = 'GlossaryStoreError';
}

export async function loadGlossaryIndex(): Promise<GlossaryIndex> {
  try {
    return await readGlossaryIndex();
  } catch (err) {
    throw storageError('read', err);
  }
}

export { watchGlossaryIndex };

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
export function addGlossary(
  glossary: ExchangeGlossary,
  options: AddOptions,
  now = new Date(),
): Promise<StoredGlossaryInfo> {
  return serialized(async () => {
    const index = await loadGlossaryIndex();
    const key = `g${index.nextKey}`;
    const info: StoredGlossaryInfo = {
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
    await write({
      [GLOSSARY_INDEX_KEY]: indexValue({
        nextKey: index.nextKey + 1,
        glossaries: [...kept, info],
      }),
      [glossaryItemKey(key)]: glossary,
    });
    if (options.replaces && kept.length < index.glossaries.length) {
      await remove(glossaryItemKey(options.replaces));
    }
    return info;
  });
}

/** Turns one glossary on or off, or makes its forms win (or give way). */
export function updateGlossary(
  key: string,
  change: Partial<Pick<StoredGlossaryInfo, 'enabled' | 'preferred'>>,
): Promise<GlossaryIndex> {
  return serialized(async () => {
    const index = await loadGlossaryIndex();
    const glossaries = index.glossaries.map((g) => (g.key === key ? { ...g, ...change } : g));
    const next = { ...index, glossaries };
    await write({ [GLOSSARY_INDEX_KEY]: indexValue(next) });
    return next;
  });
}

/** Removes one glossary: first from the index (pages stop using it), then its text. */
export function removeGlossary(key: string): Promise<GlossaryIndex> {
  return serialized(async () => {
    const index = await loadGlossaryIndex();
    const next = { ...index, glossaries: index.glossaries.filter((g) => g.key !== key) };
    await write({ [GLOSSARY_INDEX_KEY]: indexValue(next) });
    await remove(glossaryItemKey(key));
    return next;
  });
}

function indexValue(index: GlossaryIndex) {
  return { version: GLOSSARY_INDEX_VERSION, ...index };
}

// Changes from one context run one at a time. Only the options page writes glossaries.
const serialized = createSerialQueue();

async function read(key: string): Promise<unknown> {
  try {
    return (await browser.storage.local.get(key))[key];
  } catch (err) {
    throw storageError('read', err);
  }
}

async function write(items: Record<string, unknown>): Promise<void> {
  try {
    await browser.storage.local.set(items);
  } catch (err) {
    throw storageError('save', err);
  }
}

async function remove(key: string): Promise<void> {
  try {
    await browser.storage.local.remove(key);
  } catch (err) {
    throw storageError('save', err);
  }
}

function storageError(action: 'read' | 'save', cause: unknown): GlossaryStoreError {
  const text = cause instanceof Error ? cause.message : String(cause);
  if (action === 'save' && /quota|full|no space/i.test(text)) {
    return new GlossaryStoreError(t('glossaries_errorNoRoom'), { cause });
  }
  const message =
    action === 'read'
      ? t('glossaries_errorRead', { reason: text })
      : t('glossaries_errorSave', { reason: text });
  return new GlossaryStoreError(message, { cause });
}
