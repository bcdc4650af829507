/**
 * The small part of the imported glossaries that content scripts read: for each glossary its key,
 * name, switches and the surface forms of its entries (no explanations; cards come from the
 * background). Kept apart from the checker so the content script does not carry it.
 *
 * Stored in storage.local as { version, nextKey, glossaries } under GLOSSARY_INDEX_KEY; each
 * glossary's full text is its own item under glossaryItemKey(key).
 */
import { isPlainObject as isRecord } from '../../data/plain-object';
import { importedTermId, isGlossaryKey } from '../../data/term-id';
import { CATEGORIES } from '../../data/categories';
import type { Category } from '../../data/types';
import {
  decodeTermIndex,
  type TermIndexEntry,
  type TermIndexRow,
} from '../../data/term-index-build';
import {
  defineItem,
  readableItem,
  type Fields,
  type ItemDefinition,
  type ItemFailure,
  type ReadDefinition,
  type ReadFailure,
} from '../storage/item';
import { t } from '../i18n';
import { errorMessage } from '../error-message';

export const GLOSSARY_INDEX_KEY = 'glossaries';
const GLOSSARY_INDEX_VERSION = 1;

export const glossaryItemKey = (key: string): string => `glossary:${key}`;

export interface StoredGlossaryInfo {
  /** "g1", "g2"…: never reused, so a re-imported glossary's cards are never stale. */
  key: string;
  name: string;
  enabled: boolean;
  /** Whether its forms win over other glossaries' (the built-in one included) where both have one. */
  preferred: boolean;
  /** ISO time of the import. */
  importedAt: string;
  /** [entry id, category, forms] as in virtual:term-index ("=" marks an exact-case form). */
  terms: TermIndexRow[];
}

export interface GlossaryIndex {
  nextKey: number;
  glossaries: StoredGlossaryInfo[];
}

export const EMPTY_GLOSSARY_INDEX: GlossaryIndex = { nextKey: 1, glossaries: [] };

const CATEGORY_SET = new Set<string>(CATEGORIES);

function isTermRow(row: unknown): row is TermIndexRow {
  return (
    Array.isArray(row) &&
    row.length === 3 &&
    typeof row[0] === 'string' &&
    row[0] !== '' &&
    typeof row[1] === 'string' &&
    CATEGORY_SET.has(row[1]) &&
    Array.isArray(row[2]) &&
    row[2].every((f) => typeof f === 'string' && f !== '' && f !== '=')
  );
}

function decodeInfo(raw: unknown): StoredGlossaryInfo | null {
  if (!isRecord(raw)) return null;
  const { key, name, enabled, preferred, importedAt, terms } = raw;
  if (!isGlossaryKey(key) || typeof name !== 'string') return null;
  if (!Array.isArray(terms)) return null;
  return {
    key,
    name,
    enabled: enabled !== false,
    preferred: preferred === true,
    importedAt: typeof importedAt === 'string' ? importedAt : '',
    // A damaged row loses that term only.
    terms: terms.filter(isTermRow),
  };
}

/**
 * The stored fields -> a usable index, never a throw: a damaged glossary record is left out (its
 * text item stays in storage), and so is a damaged row of one.
 */
function parseGlossaryIndex(raw: Fields | undefined): { value: GlossaryIndex; problems: string[] } {
  if (!raw || !Array.isArray(raw.glossaries)) return { value: EMPTY_GLOSSARY_INDEX, problems: [] };
  const glossaries: StoredGlossaryInfo[] = [];
  for (const g of raw.glossaries) {
    const info = decodeInfo(g);
    if (info && !glossaries.some((other) => other.key === info.key)) glossaries.push(info);
  }
  const highest = Math.max(0, ...glossaries.map((g) => Number(g.key.slice(1))));
  const nextKey =
    typeof raw.nextKey === 'number' && Number.isInteger(raw.nextKey) && raw.nextKey > highest
      ? raw.nextKey
      : highest + 1;
  return { value: { nextKey, glossaries }, problems: [] };
}

export class GlossaryStoreError extends Error {
  override name = 'GlossaryStoreError';
}

/** A failed storage call of the glossaries, in words for the settings page. */
export function glossaryStoreError(failure: ItemFailure): GlossaryStoreError {
  if (failure.action === 'read') return glossaryReadError(failure);
  if (failure.action === 'too-large') return new GlossaryStoreError(t('glossaries_errorNoRoom'));
  if (failure.action === 'quota') {
    return new GlossaryStoreError(t('glossaries_errorNoRoom'), { cause: failure.cause });
  }
  const { cause } = failure;
  return new GlossaryStoreError(t('glossaries_errorSave', { reason: errorMessage(cause) }), {
    cause,
  });
}

function glossaryReadError({ cause }: ReadFailure): GlossaryStoreError {
  return new GlossaryStoreError(t('glossaries_errorRead', { reason: errorMessage(cause) }), {
    cause,
  });
}

/**
 * Reading the index, all content scripts do with it. Its problems reach no page (a damaged
 * record only loses that glossary), so they are notes for a bug report, not UI strings.
 */
const GLOSSARY_INDEX_READING: ReadDefinition<GlossaryIndex> = {
  area: 'local',
  key: GLOSSARY_INDEX_KEY,
  version: GLOSSARY_INDEX_VERSION,
  parse: parseGlossaryIndex,
  describe: (problem) => `glossary index: ${problem.kind}`,
  error: glossaryReadError,
};

/** Reading and watching only: the content script's bundle then leaves the writing out. */
const glossaryIndexReader = readableItem(GLOSSARY_INDEX_READING);
const GLOSSARY_INDEX_ITEM: ItemDefinition<GlossaryIndex> = {
  ...GLOSSARY_INDEX_READING,
  encode: (index) => ({ ...index }),
  backupKey: 'glossaries-backup',
  error: glossaryStoreError,
};
/** The whole item, for ./store.ts, which writes it. */
export const glossaryIndexItem = defineItem(GLOSSARY_INDEX_ITEM);

/** Whatever is in storage -> a usable index (see parseGlossaryIndex); never throws. */
export function decodeGlossaryIndex(raw: unknown): GlossaryIndex {
  return glossaryIndexReader.decode(raw).value;
}

/** The index as stored; a damaged one reads as usable. For content scripts. */
export async function readGlossaryIndex(): Promise<GlossaryIndex> {
  return (await glossaryIndexReader.read()).value;
}

/** Calls cb with the index after every change from any context. Returns the unsubscribe. */
export function watchGlossaryIndex(cb: (index: GlossaryIndex) => void): () => void {
  return glossaryIndexReader.watch(({ value }) => cb(value));
}

/** What the matcher gets from the imported glossaries that are on. */
export interface ImportedTerms {
  /** Entries whose forms win over the built-in glossary's. */
  before: TermIndexEntry[];
  /** Entries whose forms give way to the built-in glossary's. */
  after: TermIndexEntry[];
  categories: Map<string, Category>;
}

/**
 * The entries of the glossaries that are on, with their ids made unique ("g3/zanubrutinib").
 * The matcher keeps the first entry to claim a form, so preferred glossaries go before the
 * built-in one and the others after it.
 */
export function importedTerms(index: GlossaryIndex): ImportedTerms {
  const result: ImportedTerms = { before: [], after: [], categories: new Map() };
  for (const g of index.glossaries) {
    if (!g.enabled) continue;
    for (const entry of decodeTermIndex(g.terms)) {
      const id = importedTermId(g.key, entry.id);
      (g.preferred ? result.before : result.after).push({ ...entry, id });
      result.categories.set(id, entry.category);
    }
  }
  return result;
}
