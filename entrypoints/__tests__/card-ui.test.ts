import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const mocks = vi.hoisted(() => ({
  loadSettings: vi.fn(),
  watchSettings: vi.fn(() => () => undefined),
  publishCardUi: vi.fn(),
  publishPainter: vi.fn(),
  recordAddress: undefined as (() => boolean) | undefined,
}));

vi.mock('../../lib/settings', () => ({
  loadSettings: mocks.loadSettings,
  watchSettings: mocks.watchSettings,
}));
vi.mock('../../lib/card-ui/publish', () => ({
  publishCardUi: mocks.publishCardUi,
  publishPainter: mocks.publishPainter,
}));
vi.mock('../../lib/highlight/paint', () => ({ Painter: class StandInPainter {} }));
vi.mock('../../components/popover/shadow-popover', () => ({ ShadowPopover: class {} }));
vi.mock('../../components/card-frame/save-action', () => ({
  saveControlFor: (_doc: Document, recordAddress: () => boolean) => {
    mocks.recordAddress = recordAddress;
    return {};
  },
}));

const { default: cardUi } = await import('../card-ui');

/** Starts the card UI script and builds one popover, so its save control's getter is known. */
async function start(): Promise<() => boolean> {
  cardUi.main();
  const factory = mocks.publishCardUi.mock.calls[0]![0] as (doc: Document, load: unknown) => void;
  factory(document, () => Promise.resolve(null));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return mocks.recordAddress!;
}

describe('the card UI script', () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  beforeEach(() => {
    vi.clearAllMocks();
    unhandled.length = 0;
    process.on('unhandledRejection', onUnhandled);
  });
  afterEach(() => {
    process.off('unhandledRejection', onUnhandled);
  });

  it('records page addresses when the settings say so', async () => {
    mocks.loadSettings.mockResolvedValue({ recordPageAddress: true });
    expect((await start())()).toBe(true);
  });

  it('leaves the painter of giant text nodes for the content script (not in its bundle)', async () => {
    mocks.loadSettings.mockResolvedValue({ recordPageAddress: false });
    await start();
    expect(mocks.publishPainter).toHaveBeenCalledOnce();
    expect((mocks.publishPainter.mock.calls[0]![0] as { name: string }).name).toBe(
      'StandInPainter',
    );
  });

  it('keeps the private choice, without an unhandled error, when the settings cannot be read', async () => {
    // Firefox rejects storage reads of a tab that is closing.
    mocks.loadSettings.mockRejectedValue(new Error('An unexpected error occurred'));
    const recordAddress = await start();
    expect(recordAddress()).toBe(false);
    expect(unhandled).toEqual([]);
  });
});
