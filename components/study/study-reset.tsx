import { ConfirmReset } from '../confirm-reset';

/** Forgets the progress of this deck's cards, after asking once more in the page itself. */
export function StudyReset({
  studied,
  onReset,
}: {
  /** How many of the deck's cards have progress. */
  studied: number;
  onReset: () => Promise<boolean>;
}) {
  const cards = studied === 1 ? '1 card' : `${studied} cards`;
  return (
    <ConfirmReset
      id="tl-study-reset"
      title="Start this deck over"
      question={`Forget what you studied in this deck (${cards})? They all become new cards again. Other decks keep their progress, except for cards they share with this one.`}
      askLabel="Reset progress…"
      confirmLabel="Forget my progress"
      onReset={onReset}
      disabled={studied === 0}
    />
  );
}
