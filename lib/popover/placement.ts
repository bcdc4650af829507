/** Where to put the popover next to its term so that it stays fully inside the viewport. */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** Set when the popover must scroll inside itself because no side has room for all of it. */
  maxHeight: number | null;
  /** The popover's width: narrower than asked for in a narrow viewport. */
  width: number;
  side: 'below' | 'above';
}

/**
 * Places a popover of `size` below the `anchor` rectangle, or above it when there is more room
 * there, shifted sideways to stay `margin` px inside the viewport. All in viewport (CSS) pixels.
 */
export function placePopover(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 8,
  margin = 8,
): Placement {
  const below = viewport.height - (anchor.top + anchor.height) - gap - margin;
  const above = anchor.top - gap - margin;
  const side: Placement['side'] = size.height <= below || below >= above ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? below : above);
  const height = Math.min(size.height, room);
  const maxHeight = size.height > room ? room : null;
  const top = side === 'below' ? anchor.top + anchor.height + gap : anchor.top - gap - height;

  const width = Math.min(size.width, viewport.width - 2 * margin);
  const centered = anchor.left + anchor.width / 2 - width / 2;
  const left = clamp(centered, margin, viewport.width - margin - width);
  return { left: Math.round(left), top: Math.round(top), maxHeight, width, side };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
