import { browser } from 'wxt/browser';
import { normalizeHost } from './hosts';
import { decodeSettings, SETTINGS_VERSION } from './migrate';
import { applyPatch, type SettingsPatch } from './patch';
import { isPlainObject, parseSettings, type Settings } from './schema';
import { createSerialQueue } from '../storage/serial-queue';
import { watchStorageKey } from '../storage/watch-key';
import { t } from '../i18n';

/**
 * One item in storage.sync holding { version, ...Settings }. A single item (not one per field) so
 * a synced change arrives whole and the version always describes the fields next to it.
 *
 * storage.sync is used directly rather than through WXT's storage wrapper: the four calls below are
 * all we need, and the wrapper would add 8 kB to a content script that must stay under 80 kB.
 */
export const SETTINGS_KEY = 'settings';

/** storage.sync's per-item limit (Chrome and Firefox), counted as key plus JSON value. */
const SYNC_ITEM_QUOTA_BYTES = 8192;

/** Rejections from this module; problems lists what was wrong with a refused change. */
export class SettingsError extends Error {
  override name = 'SettingsError';
  readonly problems: string[];
  constructor(message: string, problems: string[] = [], options?: ErrorOptions) {
    super(message, options);
    this.problems = problems;
  }
}

/** The saved settings; broken or missing fields read as their defaults. Never writes. */
export async function loadSettings(): Promise<Settings> {
  return decodeSettings(await readRaw()).settings;
}

/**
 * Changes some settings and returns all of them as saved. Fields not in the patch keep their stored
 * values (broken ones become defaults). Rejects without writing anything if the patch is invalid.
 */
export function saveSettings(patch: SettingsPatch): Promise<Settings> {
  return update(() => patch);
}

/** Turns Termlight on or off for one site (a host name or an address on it). */
export function setHostEnabled(host: string, on: boolean): Promise<Settings> {
  const normalized = normalizeHost(host);
  if (normalized === null) {
    return Promise.reject(new SettingsError(t('settings_errorNotHost', { host })));
  }
  return update(({ disabledHosts }) => ({
    disabledHosts: on
      ? disabledHosts.filter((h) => h !== normalized)
      : [...disabledHosts.filter((h) => h !== normalized), normalized],
  }));
}

/** Forgets every saved setting; watchers then see the defaults. */
export function resetSettings(): Promise<Settings> {
  return serialized(async () => {
    try {
      await browser.storage.sync.remove(SETTINGS_KEY);
    } catch (err) {
      throw storageError('reset', err);
    }
    return parseSettings(undefined).settings;
  });
}

/**
 * Calls cb with the full settings after every change, from any context (popup, options, another
 * device through sync). Returns the function that stops watching.
 */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  return watchStorageKey('sync', SETTINGS_KEY, (value) => cb(decodeSettings(value).settings));
}

// Read-modify-write steps from this context run one at a time, so two quick clicks in the popup
// cannot both read the old list and lose one change. (Other contexts can still race; last wins.)
const serialized = createSerialQueue();

function update(change: (current: Settings) => SettingsPatch): Promise<Settings> {
  return serialized(async () => {
    const raw = await readRaw();
    const current = decodeSettings(raw);
    const next = applyPatch(current.settings, change(current.settings));
    if (next.problems.length > 0) {
      throw new SettingsError(
        t('settings_errorInvalid', { problems: next.problems.join('; ') }),
        next.problems,
      );
    }
    // Each sync write counts against a quota of 120 a minute; skip writes that change nothing.
    const unchanged =
      isPlainObject(raw) &&
      raw.version === SETTINGS_VERSION &&
      current.problems.length === 0 &&
      JSON.stringify(current.settings) === JSON.stringify(next.settings);
    if (!unchanged) await writeSettings(next.settings);
    return next.settings;
  });
}

async function readRaw(): Promise<unknown> {
  try {
    return (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY] ?? null;
  } catch (err) {
    throw storageError('read', err);
  }
}

async function writeSettings(settings: Settings): Promise<void> {
  const value = { version: SETTINGS_VERSION, ...settings };
  const bytes = new TextEncoder().encode(SETTINGS_KEY + JSON.stringify(value)).length;
  if (bytes > SYNC_ITEM_QUOTA_BYTES) {
    throw new SettingsError(t('settings_errorTooLarge', { bytes, limit: SYNC_ITEM_QUOTA_BYTES }));
  }
  try {
    await browser.storage.sync.set({ [SETTINGS_KEY]: value });
  } catch (err) {
    throw storageError('save', err);
  }
}

function storageError(action: 'read' | 'save' | 'reset', cause: unknown): SettingsError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  const message =
    action === 'read'
      ? t('settings_errorRead', { reason })
      : action === 'save'
        ? t('settings_errorSave', { reason })
        : t('settings_errorReset', { reason });
  return new SettingsError(message, [], { cause });
}
