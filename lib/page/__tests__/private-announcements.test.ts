import { keepAnnouncementsPrivate } from '../private-announcements';

describe('keepAnnouncementsPrivate', () => {
  it('posts no message whose type starts with the extension id, and every other one', () => {
    const posted: unknown[] = [];
    const win = { postMessage: (m: unknown) => void posted.push(m) } as unknown as Window;
    keepAnnouncementsPrivate(win, 'abcdef');
    win.postMessage({ type: 'abcdef:content:wxt:content-script-started', messageId: '1' }, '*');
    win.postMessage({ type: 'page-message' }, '*');
    win.postMessage('abcdef:plain string', '*');
    win.postMessage(null, '*');
    expect(posted).toEqual([{ type: 'page-message' }, 'abcdef:plain string', null]);
  });

  it('changes nothing without an extension id or a postMessage (WXT imports it while building)', () => {
    const post = vi.fn();
    const win = { postMessage: post } as unknown as Window;
    keepAnnouncementsPrivate(win, undefined);
    expect(win.postMessage).toBe(post);
    expect(() => keepAnnouncementsPrivate({} as Window, 'abcdef')).not.toThrow();
  });
});
