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

  it("keeps announcements from this world's message listeners, and every other message", () => {
    // WXT's context stops its script on one: a page that knew the id could turn Termlight off.
    const win = Object.assign(new EventTarget(), { postMessage: () => {} }) as unknown as Window;
    keepAnnouncementsPrivate(win, 'abcdef');
    const heard: unknown[] = [];
    const listener = (e: Event) => heard.push((e as MessageEvent).data);
    const handler = { handleEvent: (e: Event) => heard.push(['object', (e as MessageEvent).data]) };
    win.addEventListener('message', listener);
    win.addEventListener('message', handler);
    const forged = { type: 'abcdef:content:wxt:content-script-started', messageId: 'x' };
    win.dispatchEvent(new MessageEvent('message', { data: forged }));
    win.dispatchEvent(new MessageEvent('message', { data: { type: 'page-message' } }));
    expect(heard).toEqual([{ type: 'page-message' }, ['object', { type: 'page-message' }]]);
    // Removing a listener removes it.
    win.removeEventListener('message', listener);
    win.removeEventListener('message', handler);
    win.dispatchEvent(new MessageEvent('message', { data: 'after' }));
    expect(heard).toHaveLength(2);
    // Other events go as before.
    const clicks = vi.fn();
    win.addEventListener('click', clicks);
    win.dispatchEvent(new Event('click'));
    expect(clicks).toHaveBeenCalledOnce();
  });
});
