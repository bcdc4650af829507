/** Where to put the popover next to its term so that it stays inside the viewport. */

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
  side: 'right' | 'left' | 'below' | 'above';
}

export interface PlaceOptions {
  /** The text column the term sits in: the card goes into the page margin beside it if it fits. */
  column?: Box | null;
  gap?: number;
  margin?: number;
}

/**
 * Places a popover of `size` for the term's `line` (the box around the term's line or lines, in
 * viewport CSS pixels). First choice: the page margin beside the text column, level with the
 * line, so the reader's text stays uncovered. Otherwise below the line, or above it when there is
 * more room there, shifted sideways to stay inside the viewport. Never over the line itself.
 */
export function placePopover(
  line: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  { column = null, gap = 8, margin = 8 }: PlaceOptions = {},
): Placement {
  const width = Math.min(size.width, viewport.width - 2 * margin);
  if (column) {
    const right = viewport.width - (column.left + column.width) - gap - margin;
    const left = column.left - gap - margin;
    const side = right >= width ? 'right' : left >= width ? 'left' : null;
    if (side) {
      const room = viewport.height - 2 * margin;
      const height = Math.min(size.height, room);
      // Level with the line, slid up as needed to fit on screen.
      const top = clamp(line.top - 12, margin, viewport.height - margin - height);
      const x = side === 'right' ? column.left + column.width + gap : column.left - gap - width;
      return {
        left: Math.round(x),
        top: Math.round(top),
        maxHeight: size.height > room ? room : null,
        width,
        side,
      };
    }
  }
  const below = viewport.height - (line.top + line.height) - gap - margin;
  const above = line.top - gap - margin;
  const side = size.height <= below || below >= above ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? below : above);
  const height = Math.min(size.height, room);
  const maxHeight = size.height > room ? room : null;
  const top = side === 'below' ? line.top + line.height + gap : line.top - gap - height;

  const centered = line.left + line.width / 2 - width / 2;
  const left = clamp(centered, margin, viewport.width - margin - width);
  return { left: Math.round(left), top: Math.round(top), maxHeight, width, side };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
