import type { Category } from '../../data/types';
import { isPlainObject } from '../../data/plain-object';
import { parseSettings, type ParseResult, type Settings } from './schema';

/** A change to some settings; categories may name only the ones that change. */
export type SettingsPatch = Partial<Omit<Settings, 'categories'>> & {
  categories?: Partial<Record<Category, boolean>>;
};

/**
 * The settings after a patch, checked by the same rules as stored values. Fields set to undefined
 * are left alone rather than reset, so `{ theme: maybeTheme }` cannot wipe a saved theme.
 */
export function applyPatch(current: Settings, patch: SettingsPatch): ParseResult {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    merged[key] =
      key === 'categories' && isPlainObject(value)
        ? { ...current.categories, ...definedOnly(value) }
        : value;
  }
  return parseSettings(merged);
}

function definedOnly(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}
