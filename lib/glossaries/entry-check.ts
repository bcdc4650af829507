/**
 * The one core check of a glossary entry, shared by the built-in validator (data/validate.ts, which
 * adds sources and the student level) and the import checker (check.ts, which adds file rows and
 * limits): id, name, kind (category), forms and their overlaps through the matcher, related ids,
 * dates, web addresses and lengths.
 *
 * The core finds problems; each checker words them (`Wording`): the built-in one in English for
 * developers, the import one in the reader's language. A wording may return null for a problem its
 * checker does not count (the import checker drops a related id listed twice instead).
 */
import { CATEGORIES } from '../../data/categories';
import { isPlainObject as isRecord } from '../../data/plain-object';
import { calendarDay } from '../i18n/calendar-day';
import { isEntryId } from '../../data/term-id';
import type { Category, SurfaceForm } from '../../data/types';
import { compileMatcher, entryNamedBy, type Matcher } from '../matcher';

/** One problem, in the one shape both checkers report. */
export interface GlossaryProblem {
  /** Who: the entry or source id (built-in), 'Entry 3 ("Zap")' or 'Row 4' (a file); null for the whole. */
  entry: string | null;
  /** The field path ("forms[2].text") or CSV column; null if none. */
  field: string | null;
  /** The whole message, naming the entry and the field. */
  message: string;
}

/** What the core can find wrong, with what a message needs to say it. */
export type Finding =
  | { code: 'missing' | 'empty' | 'padded' | 'notList' | 'noForms' | 'formNotObject' }
  | { code: 'notText'; got: string }
  | { code: 'tooLong'; length: number; limit: number }
  | { code: 'tooMany'; number: number; limit: number }
  | { code: 'notBoolean' | 'idNotKebab'; value: string }
  | { code: 'idTaken'; id: string; where: string }
  | { code: 'category'; category: string }
  | { code: 'formRepeats'; form: string; other: ClaimedForm }
  | { code: 'formElsewhere'; form: string; other: ClaimedForm }
  | { code: 'relatedEmpty' | 'relatedSelf' }
  | { code: 'relatedNotId' | 'relatedUnknown' | 'relatedTwice'; value: unknown }
  /** A checker's own rule: `say` makes the sentence around the subject ("Row 3, column "name""). */
  | { code: 'own'; say: (subject: string) => string };

/**
 * Turns a finding at a field of a record (`where`, null for the whole file) into a message, or
 * null where this checker does not count it.
 */
export type Wording = (where: string | null, field: string, finding: Finding) => string | null;

/** A form an entry claims, for telling overlaps. */
export interface ClaimedForm extends SurfaceForm {
  /** The entry it belongs to, as the checker names it (an id, or 'Row 4 ("Zap")'). */
  entry: string;
  index: number;
}

/** Collects the problems of one record (an entry, a source, or the file when `where` is null). */
export class Reporter {
  constructor(
    private readonly out: GlossaryProblem[],
    readonly where: string | null,
    private readonly wording: Wording,
    /** Trim texts (a file) or report spaces at the ends (the built-in glossary, written by us). */
    private readonly trim: boolean,
    /** The field as shown (a CSV column for a CSV file). */
    private readonly fieldName: (path: string) => string = (path) => path,
  ) {}

  /** Problems so far, to tell whether a nested check added any. */
  count(): number {
    return this.out.length;
  }

  add(path: string, finding: Finding): void {
    const field = this.fieldName(path);
    const message = this.wording(this.where, field, finding);
    if (message !== null) this.out.push({ entry: this.where, field, message });
  }

  /** A checker's own problem at `path`. */
  say(path: string, say: (subject: string) => string): void {
    this.add(path, { code: 'own', say });
  }

  /**
   * A required string (or, with `optional`, one that may be absent), within `limit` characters.
   * Returns it (trimmed when the reporter trims), or undefined after reporting a problem.
   */
  text(value: unknown, path: string, limit = Infinity, optional = false): string | undefined {
    if (value === undefined || value === null || (optional && value === '')) {
      if (!optional) this.add(path, { code: 'missing' });
      return undefined;
    }
    if (typeof value !== 'string') {
      this.add(path, { code: 'notText', got: typeof value });
      return undefined;
    }
    const trimmed = value.trim();
    if (trimmed === '') {
      this.add(path, { code: 'empty' });
      return undefined;
    }
    if (trimmed.length > limit) {
      this.add(path, { code: 'tooLong', length: trimmed.length, limit });
      return undefined;
    }
    if (this.trim) return trimmed;
    if (value !== trimmed) this.add(path, { code: 'padded' });
    return value;
  }

  /** A list of at most `limit` items, or undefined after reporting a problem. */
  list(value: unknown, path: string, limit = Infinity): unknown[] | undefined {
    if (!Array.isArray(value)) {
      this.add(path, { code: value === undefined || value === null ? 'missing' : 'notList' });
      return undefined;
    }
    if (value.length > limit) {
      this.add(path, { code: 'tooMany', number: value.length, limit });
      return undefined;
    }
    return value;
  }
}

/** A real calendar date written YYYY-MM-DD (no 2024-02-30). */
export function isRealDate(value: string): boolean {
  return calendarDay(value) !== null;
}

/**
 * An absolute web address with a host: http:// or https:// for a file (no `javascript:` or `data:`
 * link can reach a card), https:// with a dotted host for the built-in glossary's sources.
 */
export function isWebAddress(url: string, httpsOnly = false): boolean {
  try {
    const parsed = new URL(url);
    if (httpsOnly) return parsed.protocol === 'https:' && /^https:\/\/[^\s/]+\.[^\s]+$/.test(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

/** The entry's id: required, kebab-case, not used by an earlier entry (`ids`: id -> who). */
export function checkId(
  r: Reporter,
  value: unknown,
  ids: Map<string, string>,
  limit?: number,
): string | undefined {
  const id = r.text(value, 'id', limit);
  if (id === undefined) return undefined;
  if (!isEntryId(id)) {
    r.add('id', { code: 'idNotKebab', value: id });
  } else if (ids.has(id)) {
    r.add('id', { code: 'idTaken', id, where: ids.get(id) ?? '' });
  } else {
    ids.set(id, r.where ?? '');
  }
  return id;
}

/** The entry's kind: one of CATEGORIES. */
export function checkCategory(r: Reporter, value: unknown, limit?: number): Category | undefined {
  const text = r.text(value, 'category', limit);
  if (text === undefined) return undefined;
  if (CATEGORIES.includes(text as Category)) return text as Category;
  r.add('category', { code: 'category', category: text });
  return undefined;
}

const SEPARATORS = /[\s\u00a0\u2010\u2011\u2012\u2013\u2212-]+/g;

/**
 * The key under which the matcher treats two spellings of a form as the same: a trailing ® or ™
 * is dropped, runs of hyphens, en dashes and spaces become one space, and the letters are
 * lowercased unless the form is case-sensitive.
 */
export function formKey(text: string, caseSensitive = false): string {
  const key = text
    .replace(/[®™]+$/u, '')
    .trim()
    .replace(SEPARATORS, ' ');
  return caseSensitive ? key : key.toLowerCase();
}

const formMatchers = new Map<string, Matcher>();

/** Whether `text` names `form` by the matcher's rules (one small matcher per form, kept). */
function namesForm(form: { text: string; caseSensitive?: boolean }, text: string): boolean {
  const cs = form.caseSensitive === true;
  const key = `${cs ? '=' : ''}${form.text}`;
  let matcher = formMatchers.get(key);
  if (!matcher) {
    matcher = compileMatcher([{ id: 'form', forms: [{ text: form.text, caseSensitive: cs }] }]);
    formMatchers.set(key, matcher);
  }
  return entryNamedBy(matcher, text) !== null;
}

/**
 * True when some text on a page would be matched by both forms: one form, as written, is a
 * spelling the other's matcher accepts (a plural, a separator or letter-case variant, a ®).
 */
export function formsOverlap(
  a: { text: string; caseSensitive?: boolean },
  b: { text: string; caseSensitive?: boolean },
): boolean {
  return namesForm(a, b.text) || namesForm(b, a.text);
}

export interface FormRules {
  /** Most forms and characters per form (a file); none for the built-in glossary. */
  limits?: { forms: number; form: number };
  /** Whether a form left without caseSensitive matches only its letter case (a file's "MP"). */
  caseSensitiveByDefault?: (text: string) => boolean;
  /** A checker's own rule for one form (too short, a common word); false keeps it out of overlaps. */
  own?: (r: Reporter, form: SurfaceForm, path: string) => boolean;
}

/**
 * The entry's forms: a non-empty list of { text, caseSensitive?, brand? }, none repeating another
 * of its forms, none claimed by an earlier entry (`claimed`, to which its forms are then added).
 * Returns them, or undefined when any is broken.
 */
export function checkForms(
  r: Reporter,
  value: unknown,
  claimed: ClaimedForm[],
  rules: FormRules = {},
): SurfaceForm[] | undefined {
  const list = r.list(value, 'forms', rules.limits?.forms);
  if (!list) return undefined;
  if (list.length === 0) {
    r.add('forms', { code: 'noForms' });
    return undefined;
  }
  const forms: SurfaceForm[] = [];
  const mine: ClaimedForm[] = [];
  list.forEach((raw, index) => {
    const path = `forms[${index}]`;
    if (!isRecord(raw)) {
      r.add(path, { code: 'formNotObject' });
      return;
    }
    const text = r.text(raw.text, `${path}.text`, rules.limits?.form);
    for (const flag of ['caseSensitive', 'brand'] as const) {
      if (raw[flag] !== undefined && typeof raw[flag] !== 'boolean') {
        r.add(`${path}.${flag}`, { code: 'notBoolean', value: JSON.stringify(raw[flag]) });
      }
    }
    if (text === undefined) return;
    const caseSensitive =
      raw.caseSensitive === true ||
      (raw.caseSensitive === undefined && rules.caseSensitiveByDefault?.(text) === true);
    const form: SurfaceForm = { text };
    if (caseSensitive) form.caseSensitive = true;
    if (raw.brand === true) form.brand = true;
    forms.push(form);
    if (rules.own && !rules.own(r, form, path)) return;
    const own: ClaimedForm = { text, caseSensitive, entry: r.where ?? '', index };
    const twin = mine.find((other) => formsOverlap(other, own));
    const elsewhere = twin ? undefined : claimed.find((other) => formsOverlap(other, own));
    if (twin) r.add(path, { code: 'formRepeats', form: text, other: twin });
    else if (elsewhere) r.add(path, { code: 'formElsewhere', form: text, other: elsewhere });
    mine.push(own);
  });
  claimed.push(...mine);
  return forms.length === list.length ? forms : undefined;
}

/**
 * The entry's related ids: each a known id (`allIds`) other than its own, none twice. Returns the
 * ids without repeats. `required`: the list must be there and not empty (the built-in glossary).
 */
export function checkRelated(
  r: Reporter,
  value: unknown,
  ownId: string | undefined,
  allIds: ReadonlySet<string>,
  { required = false, limit }: { required?: boolean; limit?: number } = {},
): string[] | undefined {
  if (!required && (value === undefined || value === null)) return undefined;
  const list = r.list(value, 'related', limit);
  if (!list) return undefined;
  if (required && list.length === 0) r.add('related', { code: 'relatedEmpty' });
  const related: string[] = [];
  list.forEach((rel, i) => {
    const path = `related[${i}]`;
    if (typeof rel !== 'string' || rel.trim() === '') {
      r.add(path, { code: 'relatedNotId', value: rel });
    } else if (rel === ownId) {
      r.add(path, { code: 'relatedSelf' });
    } else if (!allIds.has(rel)) {
      r.add(path, { code: 'relatedUnknown', value: rel });
    } else if (related.includes(rel)) {
      r.add(path, { code: 'relatedTwice', value: rel });
    } else {
      related.push(rel);
    }
  });
  return related;
}

/** The ids the entries give themselves, so related ids can be checked against all of them. */
export function idsOf(entries: readonly unknown[], trim = false): Set<string> {
  const ids = new Set<string>();
  for (const raw of entries) {
    if (isRecord(raw) && typeof raw.id === 'string') ids.add(trim ? raw.id.trim() : raw.id);
  }
  return ids;
}
