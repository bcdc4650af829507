import { isPlainObject, parseTerms, type ParsedList } from './schema';
import { t } from '../i18n';

/** Stored as { version, terms } under QUESTIONS_KEY in storage.local. */
export const QUESTIONS_VERSION = 1;

type Fields = Record<string, unknown>;
export type Migration = (old: Fields) => Fields;

/**
 * MIGRATIONS[n] turns a version n-1 value into version n. Version 1 is the first shape that was
 * ever stored, so there is no step yet; the next change of shape adds MIGRATIONS[2] and bumps
 * QUESTIONS_VERSION. A step only renames and converts: parseTerms checks the result.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export interface DecodedList extends ParsedList {
  /** Whether the stored value was written by a newer Termlight than this one. */
  newer: boolean;
}

/**
 * Whatever is in storage → a valid list, with what could not be read. Pure: reading never writes,
 * so a damaged value stays in storage until the reader changes the list (see store.ts's backup).
 */
export function decodeQuestions(
  raw: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  current = QUESTIONS_VERSION,
): DecodedList {
  if (raw === undefined || raw === null) return { ...parseTerms(undefined), newer: false };
  if (!isPlainObject(raw)) {
    return {
      ...parseTerms(undefined),
      dropped: [t('questions_droppedDamaged')],
      newer: false,
    };
  }
  const { version } = raw;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const parsed = parseTerms(raw.terms);
    return {
      ...parsed,
      dropped: [t('questions_droppedNoVersion', { version: current }), ...parsed.dropped],
      newer: false,
    };
  }
  if (version > current) {
    // Saved by a newer Termlight (an update rolled back): read what this version knows.
    const parsed = parseTerms(raw.terms);
    return {
      ...parsed,
      dropped: [t('questions_droppedNewer', { version }), ...parsed.dropped],
      newer: true,
    };
  }
  let fields: Fields = raw;
  for (let next = version + 1; next <= current; next++) {
    const step = migrations[next];
    if (step) fields = step(fields);
  }
  return { ...parseTerms(fields.terms), newer: false };
}
