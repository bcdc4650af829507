import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { clearDraft, loadDraft, saveDraft } from '../drafts';

const stored = async () => (await fakeBrowser.storage.local.get('noteDrafts')).noteDrafts;

describe('draft notes', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps a draft per term until it is cleared, in a versioned storage item', async () => {
    await saveDraft('imatinib', 'Ask about the heart test');
    await saveDraft('dasatinib', 'Fluid?');
    expect(await loadDraft('imatinib')).toBe('Ask about the heart test');
    expect(await stored()).toMatchObject({
      version: 1,
      drafts: { imatinib: { text: 'Ask about the heart test' }, dasatinib: { text: 'Fluid?' } },
    });
    await clearDraft('imatinib');
    expect(await loadDraft('imatinib')).toBe('');
    expect(await loadDraft('dasatinib')).toBe('Fluid?');
    await saveDraft('dasatinib', '   ');
    expect(await loadDraft('dasatinib')).toBe('');
  });

  it('reads the drafts of the first, unversioned shape', async () => {
    await fakeBrowser.storage.local.set({
      noteDrafts: { imatinib: { text: 'Kept from before', at: 1 } },
    });
    expect(await loadDraft('imatinib')).toBe('Kept from before');
    await saveDraft('dasatinib', 'New');
    expect(await stored()).toMatchObject({
      version: 1,
      drafts: { imatinib: { text: 'Kept from before' }, dasatinib: { text: 'New' } },
    });
  });

  it('reads a damaged value or draft as none, and keeps at most 50, the newest', async () => {
    await fakeBrowser.storage.local.set({ noteDrafts: 'garbage' });
    expect(await loadDraft('imatinib')).toBe('');
    await fakeBrowser.storage.local.set({
      noteDrafts: {
        version: 1,
        drafts: { imatinib: { text: 7 }, dasatinib: { text: 'ok', at: 2 } },
      },
    });
    expect(await loadDraft('imatinib')).toBe('');
    expect(await loadDraft('dasatinib')).toBe('ok');
    let now = 1_000;
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000));
    for (let i = 0; i < 55; i++) await saveDraft(`term-${i}`, `draft ${i}`);
    clock.mockRestore();
    const drafts = ((await stored()) as { drafts: Record<string, unknown> }).drafts;
    expect(Object.keys(drafts)).toHaveLength(50);
    expect(await loadDraft('term-54')).toBe('draft 54');
    expect(await loadDraft('term-0')).toBe('');
  });

  it('keeps an over-long paste whole up to 20,000 characters, for the reader to trim', async () => {
    await saveDraft('imatinib', 'x'.repeat(25_000));
    expect((await loadDraft('imatinib')).length).toBe(20_000);
  });
});
