/** What the highlighter needs from the term matcher. */
export interface TermFinder {
  /** One combined, global expression over all surface forms. */
  readonly regex: RegExp;
  /** The glossary id for text[start, end), or null when a guard rejects that match. */
  accept(text: string, start: number, end: number): string | null;
}
