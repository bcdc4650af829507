/**
 * Reading and watching the glossary index, for content scripts. Kept apart from store.ts so the
 * content script does not carry the checker that store.ts needs for writing.
 */
import { browser } from 'wxt/browser';
import { decodeGlossaryIndex, GLOSSARY_INDEX_KEY, type GlossaryIndex } from './stored-index';
import { watchStorageKey } from '../storage/watch-key';

/** The index as stored; a damaged one reads as usable (see decodeGlossaryIndex). */
export async function readGlossaryIndex(): Promise<GlossaryIndex> {
  const items = await browser.storage.local.get(GLOSSARY_INDEX_KEY);
  return decodeGlossaryIndex(items[GLOSSARY_INDEX_KEY]);
}

/** Calls cb with the index after every change from any context. Returns the unsubscribe. */
export function watchGlossaryIndex(cb: (index: GlossaryIndex) => void): () => void {
  return watchStorageKey('local', GLOSSARY_INDEX_KEY, (value) => cb(decodeGlossaryIndex(value)));
}
