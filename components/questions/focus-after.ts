import { useEffect, useState } from 'preact/hooks';

/** Finds the element to focus in the page as it is after a change has been rendered. */
export type FocusTarget = (doc: Document) => HTMLElement | null;

/**
 * Focus that survives a re-render (WCAG 2.4.3). When an action removes or replaces the focused
 * control, focus would drop to <body> and Tab would start again at the top of the page; instead
 * the caller names where it should go, and it is moved there once the new state is on screen.
 * Returns the function that asks for it.
 */
export function useFocusAfterRender(doc: Document = document): (target: FocusTarget) => void {
  const [pending, setPending] = useState<{ target: FocusTarget } | null>(null);
  useEffect(() => {
    if (!pending) return;
    pending.target(doc)?.focus();
    setPending(null);
  }, [pending, doc]);
  return (target) => setPending({ target });
}

/** A question's control by what it does ('up', 'down', 'edit', 'delete'). */
export function noteControl(noteId: string, action: string): FocusTarget {
  return (doc) =>
    doc.querySelector<HTMLElement>(
      `[data-note-id="${CSS.escape(noteId)}"] [data-action="${action}"]`,
    );
}

/** A saved term's Remove button, or its heading. */
export function termControl(termId: string, part: 'remove' | 'heading'): FocusTarget {
  return (doc) =>
    doc.querySelector<HTMLElement>(
      `[data-term-id="${CSS.escape(termId)}"] [data-action="${part}"]`,
    );
}

/** The first of several targets that is there and enabled. */
export function firstOf(...targets: FocusTarget[]): FocusTarget {
  return (doc) => {
    for (const target of targets) {
      const el = target(doc);
      if (el && !(el as HTMLButtonElement).disabled) return el;
    }
    return null;
  };
}

/** An element by id. */
export function byId(id: string): FocusTarget {
  return (doc) => doc.getElementById(id);
}
