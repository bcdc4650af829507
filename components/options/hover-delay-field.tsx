import { useEffect, useRef, useState } from 'preact/hooks';
import { HOVER_DELAY_MAX_MS, HOVER_DELAY_MIN_MS } from '../../lib/settings';
import { t } from '../../lib/i18n';
import { formatDelay } from './choices';

/** Browser sync allows 120 writes a minute: a slider being dragged saves once it rests. */
export const SAVE_DELAY_MS = 300;
const STEP_MS = 100;

export interface HoverDelayFieldProps {
  value: number;
  onSave: (ms: number) => void;
}

/** "Wait before an explanation opens": a slider that saves shortly after it stops moving. */
export function HoverDelayField({ value, onSave }: HoverDelayFieldProps) {
  const [draft, setDraft] = useState(value);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; ms: number } | null>(null);
  const saveRef = useRef(onSave);
  saveRef.current = onSave;

  // Follow changes from elsewhere, unless the reader is moving the slider.
  useEffect(() => {
    if (!pending.current) setDraft(value);
  }, [value]);

  // Leaving the page saves what the slider shows.
  useEffect(
    () => () => {
      if (!pending.current) return;
      clearTimeout(pending.current.timer);
      saveRef.current(pending.current.ms);
      pending.current = null;
    },
    [],
  );

  const change = (ms: number) => {
    setDraft(ms);
    if (pending.current) clearTimeout(pending.current.timer);
    const timer = setTimeout(() => {
      pending.current = null;
      saveRef.current(ms);
    }, SAVE_DELAY_MS);
    pending.current = { timer, ms };
  };

  return (
    <div class="tl-field">
      <label for="tl-hover-delay">{t('options_hoverDelayLabel')}</label>
      <p id="tl-hover-delay-hint" class="tl-hint">
        {t('options_hoverDelayHint')}
      </p>
      <div class="tl-range">
        <input
          id="tl-hover-delay"
          type="range"
          min={HOVER_DELAY_MIN_MS}
          max={HOVER_DELAY_MAX_MS}
          step={STEP_MS}
          value={draft}
          aria-describedby="tl-hover-delay-hint"
          aria-valuetext={formatDelay(draft)}
          onInput={(e) => change(Number(e.currentTarget.value))}
        />
        <output for="tl-hover-delay" aria-hidden="true">
          {formatDelay(draft)}
        </output>
      </div>
    </div>
  );
}
