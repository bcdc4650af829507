/**
 * The content script's term index as the Vite virtual module `virtual:term-index`, made from the
 * glossary whenever a build or a test run loads it: nothing generated is tracked, so nothing goes
 * stale. wxt.config.ts, embed/vite.config.ts and the unit project of vitest.config.ts use it.
 */
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { SPANISH_FORMS } from './es/forms';
import { renderTermIndexModule } from './term-index-build';
import { termIndexParts } from './term-index-source';

const MODULE_ID = 'virtual:term-index';
const RESOLVED_ID = `\0${MODULE_ID}`;

/**
 * Serves `virtual:term-index`, which exports `CORE_TERM_INDEX` and `termIndex()` (their types:
 * data/term-index.d.ts).
 */
export function termIndexPlugin(): Plugin {
  return {
    name: 'termlight-term-index',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load: (id) =>
      id === RESOLVED_ID
        ? renderTermIndexModule(
            termIndexParts(),
            SPANISH_FORMS,
            fileURLToPath(new URL('./term-index-build.ts', import.meta.url)),
          )
        : undefined,
  };
}
