import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, MAX_DISABLED_HOSTS, type Settings } from '../schema';
import {
  loadSettings,
  resetSettings,
  saveSettings,
  SettingsError,
  setHostEnabled,
  watchSettings,
} from '../store';
import { CUSTOM } from './fixtures';

/** What another context (or another device through sync) would write. */
async function storeRaw(value: unknown): Promise<void> {
  await fakeBrowser.storage.sync.set({ settings: value });
}

async function stored(): Promise<unknown> {
  return (await fakeBrowser.storage.sync.get('settings')).settings;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('loadSettings', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('gives the stored settings', async () => {
    await storeRaw({ version: 1, ...CUSTOM });
    expect(await loadSettings()).toEqual(CUSTOM);
  });

  // Values that survive storage's JSON round trip (so no NaN here; see schema.test.ts).
  it.each<[keyof Settings, unknown]>([
    ['enabled', 'no'],
    ['disabledHosts', 'example.com'],
    ['disabledHosts', [1, 2, 3]],
    ['highlightStyle', 'sparkle'],
    ['firstMentionOnly', 0],
    ['hoverDelayMs', 'fast'],
    ['hoverDelayMs', null],
    ['textSize', 'larger'],
    ['theme', ['dark']],
    ['categories', true],
    ['categories', { drug: 'yes', gene: 1, disease: null, treatment: [], 'side-effect': {} }],
  ])('falls back for a broken %s (%j) only, and leaves storage alone', async (field, bad) => {
    const raw = { version: 1, ...CUSTOM, [field]: bad };
    await storeRaw(raw);
    expect(await loadSettings()).toEqual({ ...CUSTOM, [field]: DEFAULT_SETTINGS[field] });
    expect(await stored()).toEqual(raw);
  });

  it('reads a version 0 value without rewriting it', async () => {
    await storeRaw({ on: false, blocked: ['a.com'], style: 'none', delay: 1 });
    expect(await loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      disabledHosts: ['a.com'],
      highlightStyle: 'hover-only',
      hoverDelayMs: 1000,
    });
    expect(await stored()).toEqual({ on: false, blocked: ['a.com'], style: 'none', delay: 1 });
  });

  it('rejects with a clear message when storage fails', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is broken'));
    await expect(loadSettings()).rejects.toThrow(
      new SettingsError('Termlight could not read its settings: sync is broken'),
    );
  });
});

describe('saveSettings', () => {
  it('stores a patch with the version and returns all settings', async () => {
    const saved = await saveSettings({ theme: 'dark', hoverDelayMs: 0 });
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', hoverDelayMs: 0 });
    expect(await stored()).toEqual({ version: 1, ...saved });
    expect(await loadSettings()).toEqual(saved);
  });

  it('round-trips every field', async () => {
    await saveSettings(CUSTOM);
    expect(await loadSettings()).toEqual(CUSTOM);
    await saveSettings(DEFAULT_SETTINGS);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the stored fields the patch does not name', async () => {
    await storeRaw({ version: 1, ...CUSTOM });
    expect(await saveSettings({ textSize: 125 })).toEqual({ ...CUSTOM, textSize: 125 });
  });

  it('changes only the category switches the patch names', async () => {
    await storeRaw({ version: 1, ...CUSTOM });
    const saved = await saveSettings({ categories: { treatment: true, gene: undefined } });
    expect(saved.categories).toEqual({ ...CUSTOM.categories, treatment: true });
  });

  it('ignores fields set to undefined in the patch', async () => {
    await storeRaw({ version: 1, ...CUSTOM });
    expect(await saveSettings({ theme: undefined, enabled: true })).toEqual({
      ...CUSTOM,
      enabled: true,
    });
  });

  it('keeps the valid stored fields and writes defaults over the broken ones', async () => {
    await storeRaw({ version: 1, ...CUSTOM, theme: 'sepia', disabledHosts: ['a.com', 7] });
    const saved = await saveSettings({ firstMentionOnly: false });
    expect(saved).toEqual({
      ...CUSTOM,
      firstMentionOnly: false,
      theme: 'system',
      disabledHosts: ['a.com'],
    });
    expect(await stored()).toEqual({ version: 1, ...saved });
  });

  it('upgrades a version 0 value when saving', async () => {
    await storeRaw({ on: false, blocked: ['a.com'] });
    await saveSettings({ theme: 'light' });
    expect(await stored()).toEqual({
      version: 1,
      ...DEFAULT_SETTINGS,
      enabled: false,
      disabledHosts: ['a.com'],
      theme: 'light',
    });
  });

  it('normalizes hosts in a patch', async () => {
    const saved = await saveSettings({ disabledHosts: ['https://Example.com/x', 'example.com'] });
    expect(saved.disabledHosts).toEqual(['example.com']);
  });

  it.each<[string, object]>([
    ['theme', { theme: 'sepia' }],
    ['hoverDelayMs', { hoverDelayMs: 5000 }],
    ['hoverDelayMs', { hoverDelayMs: 12.5 }],
    ['disabledHosts', { disabledHosts: ['ok.com', 'not a host'] }],
    ['categories', { categories: { drug: 'no' } }],
    ['enabled', { enabled: 'true' }],
  ])('refuses an invalid %s patch and writes nothing', async (field, patch) => {
    await storeRaw({ version: 1, ...CUSTOM });
    const error = await saveSettings(patch as Partial<Settings>).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as SettingsError).message).toMatch(/^Termlight did not save invalid settings: /);
    expect((error as SettingsError).problems).toEqual([expect.stringMatching(`^${field}: `)]);
    expect(await stored()).toEqual({ version: 1, ...CUSTOM });
  });

  it('rejects with a clear message when storage refuses the write', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES_PER_ITEM quota exceeded'),
    );
    const error = await saveSettings({ theme: 'dark' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as Error).message).toBe(
      'Termlight could not save its settings: QUOTA_BYTES_PER_ITEM quota exceeded',
    );
    expect((error as Error).cause).toEqual(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
  });

  it('refuses settings too large for one sync item before trying', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const longHosts = Array.from({ length: 150 }, (_, i) => `${'x'.repeat(50)}${i}.example.com`);
    await expect(saveSettings({ disabledHosts: longHosts })).rejects.toThrow(/more than the 8192/);
    expect(set).not.toHaveBeenCalled();
  });

  it('skips the write when nothing changes', async () => {
    await saveSettings({ theme: 'dark' });
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await saveSettings({ theme: 'dark' });
    expect(set).not.toHaveBeenCalled();
  });

  it('keeps working after a failed save', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('offline'));
    await expect(saveSettings({ theme: 'dark' })).rejects.toThrow('offline');
    expect(await saveSettings({ theme: 'light' })).toEqual({ ...DEFAULT_SETTINGS, theme: 'light' });
  });
});

describe('setHostEnabled', () => {
  it('adds and removes a normalized host', async () => {
    expect((await setHostEnabled('https://WWW.Example.com/a', false)).disabledHosts).toEqual([
      'www.example.com',
    ]);
    expect((await setHostEnabled('www.example.com', false)).disabledHosts).toEqual([
      'www.example.com',
    ]);
    expect((await setHostEnabled('www.example.com', true)).disabledHosts).toEqual([]);
  });

  it('does not lose changes made at the same time', async () => {
    await Promise.all([
      setHostEnabled('a.com', false),
      setHostEnabled('b.com', false),
      saveSettings({ theme: 'dark' }),
      setHostEnabled('c.com', false),
    ]);
    expect(await loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'dark',
      disabledHosts: ['a.com', 'b.com', 'c.com'],
    });
  });

  it('rejects something that is not a site', async () => {
    await expect(setHostEnabled('chrome://extensions', false)).rejects.toThrow(
      'Termlight: "chrome://extensions" is not a web site address.',
    );
    expect(await stored()).toBeUndefined();
  });

  it('refuses to go past the maximum number of sites', async () => {
    const hosts = Array.from({ length: MAX_DISABLED_HOSTS }, (_, i) => `s${i}.io`);
    await saveSettings({ disabledHosts: hosts });
    await expect(setHostEnabled('one-more.io', false)).rejects.toThrow(/more than 200/);
    expect((await loadSettings()).disabledHosts).toEqual(hosts);
  });
});

describe('resetSettings', () => {
  it('removes the stored settings and returns the defaults', async () => {
    await saveSettings(CUSTOM);
    expect(await resetSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await stored()).toBeUndefined();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('watchSettings', () => {
  it('reports a change written by another context, then stops after unwatch', async () => {
    const cb = vi.fn();
    const unwatch = watchSettings(cb);
    await storeRaw({ version: 1, ...CUSTOM });
    expect(cb).toHaveBeenCalledTimes(1);
    expect(cb).toHaveBeenLastCalledWith(CUSTOM);

    unwatch();
    await storeRaw({ version: 1, ...CUSTOM, theme: 'light' });
    expect(cb).toHaveBeenCalledTimes(1);
  });

  it('gives full, valid settings for a broken or old value', async () => {
    const cb = vi.fn();
    watchSettings(cb);
    await storeRaw({ version: 1, ...CUSTOM, hoverDelayMs: 'soon' });
    expect(cb).toHaveBeenLastCalledWith({ ...CUSTOM, hoverDelayMs: 300 });
    await storeRaw({ on: false });
    expect(cb).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, enabled: false });
  });

  it('reports saves and resets from this context too', async () => {
    const cb = vi.fn();
    watchSettings(cb);
    await saveSettings({ textSize: 125 });
    expect(cb).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, textSize: 125 });
    await resetSettings();
    expect(cb).toHaveBeenLastCalledWith(DEFAULT_SETTINGS);
    expect(cb).toHaveBeenCalledTimes(2);
  });

  it('ignores other keys', async () => {
    const cb = vi.fn();
    watchSettings(cb);
    await fakeBrowser.storage.sync.set({ somethingElse: 1 });
    await fakeBrowser.storage.local.set({ settings: { version: 1, theme: 'dark' } });
    expect(cb).not.toHaveBeenCalled();
  });
});
