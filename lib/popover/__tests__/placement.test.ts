import { placePopover } from '../placement';

const viewport = { width: 1000, height: 800 };
const size = { width: 360, height: 300 };

describe('placePopover', () => {
  it('puts the popover below the term, centred on it', () => {
    const p = placePopover({ left: 400, top: 100, width: 80, height: 20 }, size, viewport);
    expect(p).toEqual({ left: 260, top: 128, maxHeight: null, width: 360, side: 'below' });
  });

  it('flips above a term near the bottom edge', () => {
    const p = placePopover({ left: 400, top: 700, width: 80, height: 20 }, size, viewport);
    expect(p.side).toBe('above');
    expect(p.top + size.height).toBeLessThanOrEqual(700 - 8);
    expect(p.top).toBeGreaterThanOrEqual(8);
  });

  it.each([
    ['left edge', 0],
    ['right edge', 960],
  ])('shifts sideways to stay inside the viewport at the %s', (_edge, left) => {
    const p = placePopover({ left, top: 100, width: 40, height: 20 }, size, viewport);
    expect(p.left).toBeGreaterThanOrEqual(8);
    expect(p.left + size.width).toBeLessThanOrEqual(viewport.width - 8);
  });

  it('limits the height when neither side has room, on the roomier side', () => {
    const p = placePopover(
      { left: 400, top: 150, width: 80, height: 20 },
      { width: 360, height: 900 },
      viewport,
    );
    expect(p.side).toBe('below');
    expect(p.maxHeight).toBe(800 - 170 - 16);
    expect(p.top + p.maxHeight!).toBeLessThanOrEqual(800 - 8);
  });

  it('fits a narrow viewport (zoomed in or a phone)', () => {
    const p = placePopover({ left: 100, top: 50, width: 60, height: 20 }, size, {
      width: 320,
      height: 640,
    });
    expect(p).toMatchObject({ left: 8, width: 304 });
  });

  describe('beside the text column', () => {
    const line = { left: 400, top: 300, width: 80, height: 20 };
    const wide = { width: 1600, height: 800 };
    const column = { left: 500, top: 0, width: 600, height: 2000 };
    const covers = (p: { left: number; top: number; width: number }, h: number) =>
      p.left < line.left + line.width &&
      line.left < p.left + p.width &&
      p.top < line.top + line.height &&
      line.top < p.top + h;

    it('goes into the right-hand margin, level with the line, when it fits there', () => {
      const p = placePopover(line, size, wide, { column });
      expect(p).toMatchObject({ side: 'right', left: 1108, maxHeight: null });
      expect(p.top).toBeLessThanOrEqual(line.top);
      expect(p.top + size.height).toBeGreaterThan(line.top);
      expect(covers(p, size.height)).toBe(false);
    });

    it('uses the left-hand margin when only that one has room', () => {
      const p = placePopover(line, size, wide, {
        column: { left: 700, top: 0, width: 800, height: 2000 },
      });
      expect(p).toMatchObject({ side: 'left', left: 700 - 8 - 360 });
    });

    it('falls back to below or above the line when neither margin fits the card', () => {
      const p = placePopover(line, size, viewport, {
        column: { left: 100, top: 0, width: 800, height: 2000 },
      });
      expect(['below', 'above']).toContain(p.side);
      expect(covers(p, size.height)).toBe(false);
    });

    it('stays on screen beside a line near the bottom', () => {
      const low = { ...line, top: 760 };
      const p = placePopover(low, size, wide, { column });
      expect(p.side).toBe('right');
      expect(p.top + size.height).toBeLessThanOrEqual(800 - 8);
    });
  });
});
