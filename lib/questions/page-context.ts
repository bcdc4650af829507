/** Where the term was read; made when the reader saves (the address only if the setting allows). */
export interface PageContext {
  pageTitle: string;
  pageUrl: string | null;
  context: string;
}
