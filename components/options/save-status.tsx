import { useEffect, useRef, useState } from 'preact/hooks';

const SHOW_MS = 2500;

/**
 * A short, polite note after each change ("Saved"). The live region stays in the page so screen
 * readers announce each new message; the text clears itself after a moment.
 */
export function useSaveStatus(): { text: string; show: (text: string) => void } {
  const [text, setText] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return {
    text,
    show: (next) => {
      clearTimeout(timer.current);
      setText(next);
      timer.current = setTimeout(() => setText(''), SHOW_MS);
    },
  };
}

export function SaveStatus({ text }: { text: string }) {
  return (
    <p class={`tl-status${text ? ' tl-status-shown' : ''}`} role="status">
      {text}
    </p>
  );
}
