/** What is wrong with a glossary file, in words a reader can act on. */
export interface GlossaryFileProblem {
  /** 'Entry 3 ("Zap")', 'Row 4 ("Zap")' or 'Row 1'; null for the file as a whole. */
  entry: string | null;
  /** The field (JSON, e.g. "forms[1].text") or column (CSV, e.g. "forms"); null if none. */
  field: string | null;
  /** The whole message, naming the entry and the field. */
  message: string;
}

/** A form of the new glossary that another glossary already uses. Not an error: the user picks. */
export interface GlossaryConflict {
  /** The entry of the new glossary, as in problems ('Row 4 ("Zap")'). */
  entry: string;
  entryId: string;
  form: string;
  /** "Termlight's built-in glossary" or "your glossary 'Course terms'". */
  otherGlossary: string;
  /** The other glossary's entry that has the form. */
  otherEntry: string;
  message: string;
}
