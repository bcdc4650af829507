import type { Fields, Migrations } from '../storage/item';

/**
 * Stored next to the fields ({ version, ...settings }) so every context can read any old value.
 * A new field with a default needs no new version: a value saved before it existed lacks the
 * field and parseSettings gives it the default (firstCardLevel, #17, came that way).
 */
export const SETTINGS_VERSION = 1;

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
export const SETTINGS_MIGRATIONS: Migrations = {
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
