import { useEffect, useRef, useState } from 'preact/hooks';

/** "Reset to defaults", asking once more in the page itself before it wipes anything. */
export function ResetSection({ onReset }: { onReset: () => Promise<boolean> }) {
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

  return (
    <section class="tl-section" aria-labelledby="tl-reset-title">
      <h2 id="tl-reset-title">Start over</h2>
      {asking ? (
        <div class="tl-confirm" role="group" aria-labelledby="tl-reset-question">
          <p id="tl-reset-question">
            Are you sure? Every setting goes back to how it was when you installed Termlight, and
            the list of sites where it is off is emptied.
          </p>
          <div class="tl-inline">
            <button
              type="button"
              class="tl-button tl-danger"
              onClick={async () => {
                if (await onReset()) close();
              }}
            >
              Reset
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
          onClick={() => {
            setAsking(true);
            setFocus('cancel');
          }}
        >
          Reset to defaults
        </button>
      )}
    </section>
  );
}
