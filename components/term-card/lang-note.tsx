/**
 * The note above a card shown in English in the Spanish interface (see cardInLanguage): the
 * note is Spanish, the card after it is marked lang="en".
 */
export function LangNote({ note }: { note: string | null }) {
  return note ? (
    <p class="tl-lang-note" lang="es">
      {note}
    </p>
  ) : null;
}
