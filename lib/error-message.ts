/** What went wrong, in one line: an Error's message, or whatever else was thrown as text. */
export function errorMessage(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : String(thrown);
}
