export interface CheckboxProps {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A checkbox with its label and an optional hint read with it. */
export function Checkbox({ id, label, hint, checked, onChange }: CheckboxProps) {
  return (
    <div class="tl-choice">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="tl-choice-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
