import { parsed } from '../first-frame';

describe('parsed', () => {
  it('resolves at once for a parsed document', async () => {
    expect(document.readyState).not.toBe('loading');
    await expect(parsed(document)).resolves.toBeUndefined();
  });

  it('waits for DOMContentLoaded while the document is parsed', async () => {
    const doc = document.implementation.createHTMLDocument('');
    Object.defineProperty(doc, 'readyState', { value: 'loading', configurable: true });
    let done = false;
    const waiting = parsed(doc).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    await waiting;
    expect(done).toBe(true);
  });
});
