import { parseTerms, type ParsedList, type QuestionList } from './schema';
import { decodeStored, type DecodeDefinition, type Migrations } from '../storage/item';
import { t } from '../i18n';

/** Stored as { version, terms } under QUESTIONS_KEY in storage.local. */
export const QUESTIONS_VERSION = 1;

/**
 * MIGRATIONS[n] turns a version n-1 value into version n. Version 1 is the first shape that was
 * ever stored, so there is no step yet; the next change of shape adds MIGRATIONS[2] and bumps
 * QUESTIONS_VERSION. A step only renames and converts: parseTerms checks the result.
 */
const MIGRATIONS: Migrations = {};

/** How the list is read from storage: the decoding half of the store's item (see store.ts). */
export const QUESTIONS_DECODING: DecodeDefinition<QuestionList> = {
  version: QUESTIONS_VERSION,
  migrations: MIGRATIONS,
  parse: (fields) => {
    const { list, dropped } = parseTerms(fields?.terms);
    return { value: list, problems: dropped };
  },
  describe: (problem) =>
    problem.kind === 'not-a-record'
      ? t('questions_droppedDamaged')
      : problem.kind === 'newer'
        ? t('questions_droppedNewer', { version: problem.version })
        : t('questions_droppedNoVersion', { version: QUESTIONS_VERSION }),
};

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
  migrations: Migrations = MIGRATIONS,
  current = QUESTIONS_VERSION,
): DecodedList {
  const decoded = decodeStored({ ...QUESTIONS_DECODING, migrations, version: current }, raw);
  return { list: decoded.value, dropped: decoded.problems, newer: decoded.newer };
}
