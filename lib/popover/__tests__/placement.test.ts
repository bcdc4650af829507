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
});
