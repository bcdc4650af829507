/**
 * One versioned value in extension storage, declared once per store (as WXT's defineItem and
 * Bitwarden's KeyDefinition do): its key, area, version, migrations and how its fields are read.
 * The item owns what every store needs the same way:
 *
 * - decode: whatever is stored -> a usable value plus the problems found (never throws);
 * - one policy for data written by a newer Termlight: read the fields this version knows, and
 *   back the stored value up before the first write replaces it (the same for a damaged value);
 * - storage errors, quota errors and a too-large value as the store's own Error;
 * - updates from one context run one at a time, each on a fresh read;
 * - watch: every change from any context, decoded.
 *
 * Our own module rather than @wxt-dev/storage: defineItem's migrations run on the whole value and
 * have no place to report what was dropped from a damaged one, and the content script carries it.
 */
import { browser } from 'wxt/browser';
import { isPlainObject } from '../../data/plain-object';
import { createSerialQueue } from './serial-queue';
import { watchStorageKey } from './watch-key';

export type Fields = Record<string, unknown>;
/** MIGRATIONS[n] turns a version n-1 value into version n; each only renames and converts. */
export type Migrations = Readonly<Record<number, (old: Fields) => Fields>>;

/** Why the version check did not read a stored value as it is. */
type VersionProblem =
  | { kind: 'not-a-record' }
  | { kind: 'bad-version'; version: unknown }
  | { kind: 'newer'; version: number };

/** A read from storage that failed. */
export type ReadFailure = { action: 'read'; cause: unknown };

/** A storage call that failed, for the store to word as its own error. */
export type ItemFailure =
  | ReadFailure
  | { action: 'save' | 'remove'; cause: unknown }
  | { action: 'quota'; cause: unknown }
  | { action: 'too-large'; bytes: number; limit: number };

/** What reading an item takes (readableItem): a store that also writes adds ItemDefinition's rest. */
export interface ReadDefinition<T> {
  area: 'local' | 'sync';
  key: string;
  version: number;
  migrations?: Migrations;
  /**
   * Whether a record without a version is version 0 (the first shape had none) rather than
   * damaged. Only settings have such a past.
   */
  unversionedIsV0?: boolean;
  /** The current shape's fields (without version) -> the value; missing fields are defaults. */
  parse(fields: Fields | undefined): { value: T; problems: string[] };
  /** The sentence for a value the version check refuses or reads only in part. */
  describe(problem: VersionProblem): string;
  /** The store's own error for a failed read. */
  error(failure: ReadFailure): Error;
}

export interface ItemDefinition<T> extends ReadDefinition<T> {
  /** The fields stored beside the version. */
  encode(value: T): Fields;
  /** Where a newer or damaged value is kept (in storage.local) before the first write. */
  backupKey: string;
  /** Largest stored size in bytes (key plus JSON), checked before writing. */
  quotaBytes?: number;
  /** The store's own error for a failed storage call. */
  error(failure: ItemFailure): Error;
}

export interface Decoded<T> {
  value: T;
  /** What could not be read as it is, one sentence each; empty when all is well. */
  problems: string[];
  /** Written by a newer Termlight: read as far as this version knows it. */
  newer: boolean;
}

/** What reading an item takes: all the content script uses of settings and glossaries. */
export interface ReadableItem<T> {
  readonly key: string;
  readonly area: 'local' | 'sync';
  /** Pure: never writes, so a damaged value stays in storage until the first update. */
  decode(raw: unknown): Decoded<T>;
  read(): Promise<Decoded<T>>;
  /** Calls cb after every change from any context. Returns the function that stops watching. */
  watch(cb: (decoded: Decoded<T>) => void): () => void;
}

export interface StorageItem<T> extends ReadableItem<T> {
  /**
   * Reads, applies change, writes and returns the value as saved. Runs after this context's
   * earlier updates. alongside is written in the same storage call (lands whole or not at all).
   * A value whose stored form would not change is not written again.
   */
  update(change: (current: Decoded<T>) => T | { value: T; alongside: Fields }): Promise<Decoded<T>>;
  /** Forgets the stored value; readers then see the defaults. */
  remove(): Promise<void>;
}

/** Chrome says "QUOTA_BYTES quota exceeded"; Firefox and others name the quota or say "full". */
function isQuotaError(err: unknown): boolean {
  const text = err instanceof Error ? `${err.name} ${err.message}` : String(err);
  return /quota|storage.*full|no space/i.test(text);
}

/** What decoding needs from a declaration; tests pass their own versions and migrations. */
export type DecodeDefinition<T> = Pick<
  ItemDefinition<T>,
  'version' | 'migrations' | 'unversionedIsV0' | 'parse' | 'describe'
>;

/** Whatever is stored -> a usable value and its problems. Pure and never throws. */
export function decodeStored<T>(def: DecodeDefinition<T>, raw: unknown): Decoded<T> {
  if (raw === undefined || raw === null) return { ...def.parse(undefined), newer: false };
  const refused = (problem: VersionProblem, fields: Fields | undefined, newer = false) => {
    const parsed = def.parse(fields);
    return { value: parsed.value, problems: [def.describe(problem), ...parsed.problems], newer };
  };
  if (!isPlainObject(raw)) return refused({ kind: 'not-a-record' }, undefined);
  const { version, ...fields } = raw;
  const from = version === undefined && def.unversionedIsV0 ? 0 : version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 0) {
    return refused({ kind: 'bad-version', version }, fields);
  }
  if (from > def.version) return refused({ kind: 'newer', version: from }, fields, true);
  let current = fields;
  for (let next = from + 1; next <= def.version; next++) {
    const step = def.migrations?.[next];
    if (step) current = step(current);
  }
  return { ...def.parse(current), newer: false };
}

async function readRaw<T>(def: ReadDefinition<T>): Promise<unknown> {
  try {
    return (await browser.storage[def.area].get(def.key))[def.key];
  } catch (cause) {
    throw def.error({ action: 'read', cause });
  }
}

/**
 * The item without its writing half, for code that only reads: the content script reads settings
 * and glossaries this way, so its bundle (budget 85 kB) leaves update and remove out, and with a
 * ReadDefinition of their own, the stores' write errors and encoding too.
 */
export function readableItem<T>(def: ReadDefinition<T>): ReadableItem<T> {
  const decode = (raw: unknown) => decodeStored(def, raw);
  return {
    key: def.key,
    area: def.area,
    decode,
    read: async () => decode(await readRaw(def)),
    watch: (cb) => watchStorageKey(def.area, def.key, (value) => cb(decode(value))),
  };
}

// Making an item only makes closures, which a bundler cannot tell by itself: this note lets a
// bundle that never uses the whole item leave it out (the content script reads settings and
// glossaries through readableItem, without the writing code). Pass the definition as a constant:
// Rollup keeps a call whose argument spreads another object (tests/e2e/bundle-size.e2e.ts).
/* @__NO_SIDE_EFFECTS__ */
export function defineItem<T>(def: ItemDefinition<T>): StorageItem<T> {
  const area = () => browser.storage[def.area];
  const serialized = createSerialQueue();
  const readable = readableItem(def);
  const { decode } = readable;

  async function set(items: Fields): Promise<void> {
    try {
      await area().set(items);
    } catch (cause) {
      throw def.error({ action: isQuotaError(cause) ? 'quota' : 'save', cause });
    }
  }

  /** Keeps the first value that a write would lose; a later one never replaces it. */
  async function keepBackup(raw: unknown): Promise<void> {
    try {
      const existing = (await browser.storage.local.get(def.backupKey))[def.backupKey];
      if (existing !== undefined) return;
      await browser.storage.local.set({
        [def.backupKey]: { savedAt: new Date().toISOString(), value: raw },
      });
    } catch (cause) {
      throw def.error({ action: isQuotaError(cause) ? 'quota' : 'save', cause });
    }
  }

  return {
    ...readable,
    update: (change) =>
      serialized(async () => {
        const raw = await readRaw(def);
        const current = decode(raw);
        // Encoded before the change runs: a change may edit the value it was given in place.
        const before = JSON.stringify(def.encode(current.value));
        const result = change(current);
        const { value, alongside } =
          isPlainObject(result) && 'alongside' in result && 'value' in result
            ? (result as { value: T; alongside: Fields })
            : { value: result as T, alongside: {} };
        const fields = def.encode(value);
        const stored = { version: def.version, ...fields };
        const json = JSON.stringify(stored);
        if (def.quotaBytes !== undefined) {
          const bytes = new TextEncoder().encode(def.key + json).length;
          if (bytes > def.quotaBytes) {
            throw def.error({ action: 'too-large', bytes, limit: def.quotaBytes });
          }
        }
        // Each write costs (storage.sync allows 120 a minute): skip one that changes nothing.
        const unchanged =
          isPlainObject(raw) &&
          raw.version === def.version &&
          current.problems.length === 0 &&
          before === JSON.stringify(fields) &&
          Object.keys(alongside).length === 0;
        if (!unchanged) {
          if (current.newer || current.problems.length > 0) await keepBackup(raw);
          await set({ [def.key]: stored, ...alongside });
        }
        return { value, problems: [], newer: false };
      }),
    remove: () =>
      serialized(async () => {
        try {
          await area().remove(def.key);
        } catch (cause) {
          throw def.error({ action: 'remove', cause });
        }
      }),
  };
}
