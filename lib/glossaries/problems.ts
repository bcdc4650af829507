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
