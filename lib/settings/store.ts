import { normalizeHost } from './hosts';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrate';
import { applyPatch, type SettingsPatch } from './patch';
import { describeValue, parseSettings, type ParseResult, type Settings } from './schema';
import {
  defineItem,
  readableItem,
  type ItemDefinition,
  type ItemFailure,
  type ReadDefinition,
  type ReadFailure,
} from '../storage/item';
import { t } from '../i18n';
import { errorMessage } from '../error-message';

/**
 * One item in storage.sync holding { version, ...Settings }. A single item (not one per field) so
 * a synced change arrives whole and the version always describes the fields next to it.
 */
export const SETTINGS_KEY = 'settings';

/** Rejections from this module; problems lists what was wrong with a refused change. */
export class SettingsError extends Error {
  override name = 'SettingsError';
  readonly problems: string[];
  constructor(message: string, problems: string[] = [], options?: ErrorOptions) {
    super(message, options);
    this.problems = problems;
  }
}

/** Reading the settings, all the content script does with them. */
const SETTINGS_READING: ReadDefinition<Settings> = {
  area: 'sync',
  key: SETTINGS_KEY,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
  unversionedIsV0: true,
  parse: (fields) => {
    const { settings, problems } = parseSettings(fields);
    return { value: settings, problems };
  },
  // Problems here are notes for a bug report (see docs/i18n.md), so they are not translated.
  describe: (problem) =>
    problem.kind === 'newer'
      ? `version: ${problem.version} is newer than ${SETTINGS_VERSION}; reading known fields`
      : problem.kind === 'bad-version'
        ? `version: got ${describeValue(problem.version)}; reading it as version ${SETTINGS_VERSION}`
        : 'settings: not a record; using the defaults',
  error: settingsReadError,
};

/** Reading and watching only: the content script's bundle then leaves the writing out. */
const settingsReader = readableItem(SETTINGS_READING);
const SETTINGS_ITEM: ItemDefinition<Settings> = {
  ...SETTINGS_READING,
  encode: (settings) => ({ ...settings }),
  backupKey: 'settings-backup',
  // storage.sync's per-item limit (Chrome and Firefox), counted as key plus JSON value.
  quotaBytes: 8192,
  error: settingsError,
};
const settingsItem = defineItem(SETTINGS_ITEM);

/** Whatever is in storage -> valid Settings, with every problem found on the way. Pure. */
export function decodeSettings(raw: unknown): ParseResult {
  const { value, problems } = settingsReader.decode(raw);
  return { settings: value, problems };
}

/** The saved settings; broken or missing fields read as their defaults. Never writes. */
export async function loadSettings(): Promise<Settings> {
  return (await settingsReader.read()).value;
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
export async function resetSettings(): Promise<Settings> {
  await settingsItem.remove();
  return parseSettings(undefined).settings;
}

/**
 * Calls cb with the full settings after every change, from any context (popup, options, another
 * device through sync). Returns the function that stops watching.
 */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  return settingsReader.watch(({ value }) => cb(value));
}

function update(change: (current: Settings) => SettingsPatch): Promise<Settings> {
  return settingsItem
    .update(({ value }) => {
      const next = applyPatch(value, change(value));
      if (next.problems.length > 0) {
        throw new SettingsError(
          t('settings_errorInvalid', { problems: next.problems.join('; ') }),
          next.problems,
        );
      }
      return next.settings;
    })
    .then(({ value }) => value);
}

function settingsError(failure: ItemFailure): SettingsError {
  if (failure.action === 'read') return settingsReadError(failure);
  if (failure.action === 'too-large') {
    return new SettingsError(
      t('settings_errorTooLarge', { bytes: failure.bytes, limit: failure.limit }),
    );
  }
  const { cause } = failure;
  const reason = errorMessage(cause);
  const message =
    failure.action === 'remove'
      ? t('settings_errorReset', { reason })
      : t('settings_errorSave', { reason });
  return new SettingsError(message, [], { cause });
}

function settingsReadError({ cause }: ReadFailure): SettingsError {
  return new SettingsError(t('settings_errorRead', { reason: errorMessage(cause) }), [], { cause });
}
