import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import type { FrameShow, FromFrame } from '../../../lib/card-frame/protocol';
import type { QuestionsApi } from '../../questions/save-control';
import { FrameApp, nextSizeReport } from '../frame-app';
import type { CardChannel } from '../frame-channel';

function fakeChannel() {
  const sent: FromFrame[] = [];
  const channel: CardChannel = { send: (m) => sent.push(m), listen: () => () => undefined };
  return { channel, escapes: () => sent.filter((m) => m.kind === 'escape').length };
}

const key = (type: 'keydown' | 'keyup', k = 'Escape') =>
  document.dispatchEvent(new KeyboardEvent(type, { key: k, bubbles: true, cancelable: true }));

describe('FrameApp: Escape', () => {
  afterEach(cleanup);

  it('asks the card to close when Escape is released, not while it is held', () => {
    const { channel, escapes } = fakeChannel();
    render(<FrameApp channel={channel} doc={document} />);
    const notCancelled = key('keydown');
    expect(notCancelled).toBe(false); // the key-down is ours: the page never acts on it
    expect(escapes()).toBe(0);
    key('keyup');
    expect(escapes()).toBe(1);
  });

  it('ignores a key-up whose key-down happened elsewhere, and other keys', () => {
    const { channel, escapes } = fakeChannel();
    render(<FrameApp channel={channel} doc={document} />);
    key('keyup');
    key('keydown', 'Enter');
    key('keyup', 'Enter');
    expect(escapes()).toBe(0);
  });
});

describe('nextSizeReport', () => {
  const size = (height: number, fill: boolean) =>
    ({ kind: 'size', width: 120, height, fill }) as const;

  it('keeps the last height while the frame is still narrow as the note box first shows', () => {
    expect(nextSizeReport(size(40, false), size(258, true))).toEqual(size(40, true));
  });

  it('reports the measured height otherwise', () => {
    expect(nextSizeReport(null, size(202, true))).toEqual(size(202, true));
    expect(nextSizeReport(size(40, true), size(202, true))).toEqual(size(202, true));
    expect(nextSizeReport(size(202, true), size(40, false))).toEqual(size(40, false));
  });
});

describe('FrameApp: the words of the card', () => {
  afterEach(cleanup);

  const show = (lang: 'en' | 'es'): FrameShow => ({
    kind: 'show',
    termId: 'imatinib',
    termName: 'Imatinib',
    page: { pageTitle: 'A page', pageUrl: null, context: '' },
    theme: 'light',
    scale: 1,
    lang,
  });
  const api: QuestionsApi = {
    fetchSavedTerm: async () => ({ term: null, prompts: [], promptsLabel: '' }),
    fetchQuestions: async () => ({ list: { terms: [] }, dropped: [] }),
    changeQuestions: async () => ({ list: { terms: [] }, dropped: [] }),
  };
  const channelShowing = (shown: FrameShow): CardChannel => ({
    send: () => undefined,
    listen: (take) => {
      take(shown);
      return () => undefined;
    },
  });

  it("speaks the language of the card, whatever the interface's, and says so in lang", async () => {
    render(<FrameApp channel={channelShowing(show('es'))} doc={document} api={api} />);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Guardar en mis preguntas' })).toBeTruthy(),
    );
    expect(document.documentElement.lang).toBe('es');
  });

  it('speaks English on an English card', async () => {
    render(<FrameApp channel={channelShowing(show('en'))} doc={document} api={api} />);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Save to my questions' })).toBeTruthy(),
    );
    expect(document.documentElement.lang).toBe('en');
  });
});
