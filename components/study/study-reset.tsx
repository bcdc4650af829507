import { useEffect, useRef, useState } from 'preact/hooks';

/** Forgets the progress of this deck's cards, after asking once more in the page itself. */
export function StudyReset({
  studied,
  onReset,
}: {
  /** How many of the deck's cards have progress. */
  studied: number;
  onReset: () => Promise<boolean>;
}) {
  const [asking, setAsking] = useState(false);
  const [focus, setFocus] = useState<'ask' | 'cancel' | null>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focus === 'ask') askRef.current?.focus();
    if (focus === 'cancel') cancelRef.current?.focus();
    if (focus) setFocus(null);
  }, [focus]);

  const close = () => {
    setAsking(false);
    setFocus('ask');
  };
  const cards = studied === 1 ? '1 card' : `${studied} cards`;

  return (
    <section class="tl-section" aria-labelledby="tl-study-reset-title">
      <h2 id="tl-study-reset-title">Start this deck over</h2>
      {asking ? (
        <div role="group" aria-labelledby="tl-study-reset-question">
          <p id="tl-study-reset-question">
            Forget what you studied in this deck ({cards})? They all become new cards again. Other
            decks keep their progress, except for cards they share with this one.
          </p>
          <div class="tl-inline">
            <button
              type="button"
              class="tl-button tl-danger"
              onClick={async () => {
                if (await onReset()) close();
              }}
            >
              Forget my progress
            </button>
            <button type="button" class="tl-button" ref={cancelRef} onClick={close}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          class="tl-button"
          ref={askRef}
          disabled={studied === 0}
          onClick={() => {
            setAsking(true);
            setFocus('cancel');
          }}
        >
          Reset progress…
        </button>
      )}
    </section>
  );
}
