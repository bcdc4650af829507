/** `virtual:term-index`, served by data/term-index-plugin.ts from the glossary at build time. */
declare module 'virtual:term-index' {
  /**
   * Each entry's id, category and surface forms: what the content script needs to find terms.
   * Decoded on first use: pages in another language need only the core.
   */
  export function termIndex(): readonly import('./term-index-build').TermIndexEntry[];
  /** The same entries without the forms only the Spanish adds (for pages in another language). */
  export const CORE_TERM_INDEX: readonly import('./term-index-build').TermIndexEntry[];
}
