import { ConfirmReset } from '../confirm-reset';

/** "Reset to defaults", asking once more in the page itself before it wipes anything. */
export function ResetSection({ onReset }: { onReset: () => Promise<boolean> }) {
  return (
    <ConfirmReset
      id="tl-reset"
      title="Start over"
      question="Are you sure? Every setting goes back to how it was when you installed Termlight, and the list of sites where it is off is emptied."
      askLabel="Reset to defaults"
      confirmLabel="Reset"
      onReset={onReset}
      groupClass="tl-confirm"
    />
  );
}
