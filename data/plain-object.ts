/**
 * The one guard for "a record read from JSON or storage": an object that is not null and not an
 * array. In data/ because data/ imports nothing from lib/, and both use it.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
