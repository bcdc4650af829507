import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

/**
 * A section with one "reset" button that asks once more in the page itself (no window.confirm,
 * which screen readers and tests handle badly) before anything is wiped. Focus follows the
 * question: to Cancel when it opens, back to the button when it closes.
 */
export function ConfirmReset({
  id,
  title,
  question,
  askLabel,
  confirmLabel,
  onReset,
  disabled = false,
  groupClass,
}: {
  /** Prefix of the ids that label the section and the question. */
  id: string;
  title: string;
  question: ComponentChildren;
  askLabel: string;
  confirmLabel: string;
  /** Resolves true when the reset is done (the question then closes). */
  onReset: () => Promise<boolean>;
  disabled?: boolean;
  groupClass?: string;
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

  return (
    <section class="tl-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {asking ? (
        <div class={groupClass} role="group" aria-labelledby={`${id}-question`}>
          <p id={`${id}-question`}>{question}</p>
          <div class="tl-inline">
            <button
              type="button"
              class="tl-button tl-danger"
              onClick={async () => {
                if (await onReset()) close();
              }}
            >
              {confirmLabel}
            </button>
            <button type="button" class="tl-button" ref={cancelRef} onClick={close}>
              {t('reset_cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          class="tl-button"
          ref={askRef}
          disabled={disabled}
          onClick={() => {
            setAsking(true);
            setFocus('cancel');
          }}
        >
          {askLabel}
        </button>
      )}
    </section>
  );
}
