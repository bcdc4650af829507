import { describeValue, isPlainObject, parseSettings, type ParseResult } from './schema';

/**
 * Stored next to the fields ({ version, ...settings }) so every context can read any old value.
 * A new field with a default needs no new version: a value saved before it existed lacks the
 * field and parseSettings gives it the default (firstCardLevel, #17, came that way).
 */
export const SETTINGS_VERSION = 1;

type Fields = Record<string, unknown>;

/**
 * Version 0 (the prototype) had no version field and stored
 * { on: boolean, blocked: string[], style: 'underline' | 'highlight' | 'none', delay: seconds }.
 */
const V0_STYLES = new Map<unknown, string>([
  ['underline', 'underline'],
  ['highlight', 'background'],
  ['none', 'hover-only'],
]);

/** MIGRATIONS[n] turns a version n-1 value into version n. Each only renames and converts. */
const MIGRATIONS: Record<number, (old: Fields) => Fields> = {
  1: (old) => {
    const next = { ...old };
    move(next, 'on', 'enabled');
    move(next, 'blocked', 'disabledHosts');
    move(next, 'style', 'highlightStyle', (style) => V0_STYLES.get(style) ?? style);
    move(next, 'delay', 'hoverDelayMs', (s) => (typeof s === 'number' ? Math.round(s * 1000) : s));
    return next;
  },
};

/**
 * Moves a field only when the old value has it, so a partial old value leaves the new field
 * missing (default) rather than undefined-overwritten. A value of the wrong type is passed on as
 * is: parseSettings reports it and uses that field's default.
 */
function move(fields: Fields, from: string, to: string, convert = (v: unknown) => v): void {
  if (!Object.hasOwn(fields, from)) return;
  fields[to] = convert(fields[from]);
  delete fields[from];
}

/**
 * Brings any stored value to the current version's shape, without the version field. Pure: nothing
 * is written back, so reading never changes storage until the user saves.
 */
export function migrateSettings(raw: unknown): { fields: unknown; problems: string[] } {
  if (!isPlainObject(raw)) return { fields: raw, problems: [] };
  const { version, ...fields } = raw;
  if (version === undefined) return { fields: runFrom(0, fields), problems: [] };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return {
      fields,
      problems: [
        `version: got ${describeValue(version)}; reading it as version ${SETTINGS_VERSION}`,
      ],
    };
  }
  if (version > SETTINGS_VERSION) {
    // Synced from a newer Termlight on another computer: read the fields this version knows.
    return {
      fields,
      problems: [`version: ${version} is newer than ${SETTINGS_VERSION}; reading known fields`],
    };
  }
  return { fields: runFrom(version, fields), problems: [] };
}

function runFrom(version: number, fields: Fields): Fields {
  let current = fields;
  for (let next = version + 1; next <= SETTINGS_VERSION; next++) {
    const step = MIGRATIONS[next];
    if (step) current = step(current);
  }
  return current;
}

/** Whatever is in storage → valid Settings, with every problem found on the way. */
export function decodeSettings(raw: unknown): ParseResult {
  const migrated = migrateSettings(raw);
  const parsed = parseSettings(migrated.fields);
  return { settings: parsed.settings, problems: [...migrated.problems, ...parsed.problems] };
}
