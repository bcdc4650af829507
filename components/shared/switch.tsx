import type { ComponentChildren } from 'preact';

export interface SwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ComponentChildren;
  disabled?: boolean;
  /** Id of a hint that explains the switch (e.g. why it is disabled). */
  describedBy?: string | undefined;
}

/** An on/off switch: a real checkbox (keyboard, forms, screen readers) drawn as a switch. */
export function Switch({ checked, onChange, children, disabled, describedBy }: SwitchProps) {
  return (
    <label class="tl-switch">
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span class="tl-switch-label">{children}</span>
    </label>
  );
}
