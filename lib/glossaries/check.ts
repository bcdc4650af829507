/**
 * Checks a glossary read from a file (read-file.ts) and returns it in the exchange shape, or every
 * problem found. Each problem names the entry (JSON) or row (CSV) and the field or column, so the
 * options page can show all of them before anything is saved.
 *
 * Imported text is kept as plain strings; the UI renders it only as text. Source links must be
 * http(s) addresses, so no `javascript:` or `data:` link can reach a card.
 */
import { formKey, formsOverlap } from '../../data/validate';
import { isPlainObject as isRecord } from '../../data/plain-object';
import { isEntryId } from '../../data/term-id';
import type { Category, SurfaceForm } from '../../data/types';
import { needsCapsGuard } from '../matcher/guards';
import {
  GLOSSARY_CATEGORIES,
  GLOSSARY_FORMAT,
  GLOSSARY_FORMAT_VERSION,
  LIMITS,
  type ExchangeDrugFacts,
  type ExchangeEntry,
  type ExchangeGlossary,
  type ExchangeSideEffects,
  type ExchangeSource,
} from './format';
import type { GlossaryConflict, GlossaryFileProblem } from './problems';
import type { FileStyle, RawEntry, RawGlossary } from './read-file';
import { t } from '../i18n';

/** A form some other glossary (built-in or imported) already uses. */
export interface TakenForm {
  text: string;
  caseSensitive?: boolean;
  /** "Termlight's built-in glossary" or "your glossary 'Course terms'". */
  glossary: string;
  /** The name of the entry it belongs to. */
  entryName: string;
}

export interface CheckResult {
  /** The checked glossary, or null when there is any problem. */
  glossary: ExchangeGlossary | null;
  problems: GlossaryFileProblem[];
  /** Forms other glossaries use too (only worked out for a glossary without problems). */
  conflicts: GlossaryConflict[];
}

/**
 * Words so common that a form spelling one would light up nearly every page. An all-capitals
 * abbreviation that must match its letter case ("ALL") is allowed: the matcher's all-capitals
 * guard keeps it apart from the word.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  (
    'a about all also am an and any are as at be been but by can care day do does each for from get go ' +
    'had has have he help her him his home how i if in into is it its just like made make many may me ' +
    'more most much my new no not now of off on one only or other our out over page read said same ' +
    'see she so some take than that the their them then there these they this those time to too two ' +
    'up us use very was way we well were what when where which who why will with would yes you your'
  ).split(' '),
);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const CSV_COLUMN: Record<string, string> = {
  id: 'name',
  name: 'name',
  category: 'category',
  forms: 'forms',
  summary: 'summary',
  explanation: 'explanation',
  'source.title': 'source_title',
  'source.url': 'source_url',
  'source.date': 'source_date',
  'source.publisher': 'source_publisher',
};

const count = (n: number): string => n.toLocaleString('en-US');

const missing = (subject: string) => t('glossaries_problemMissing', { subject });
const notList = (subject: string) => t('glossaries_problemNotList', { subject });

/** Collects the problems of one entry (or of the glossary itself when `where` is null). */
class Reporter {
  constructor(
    private readonly out: GlossaryFileProblem[],
    private readonly style: FileStyle,
    readonly where: string | null,
  ) {}

  /** Problems so far, to tell whether a nested check added any. */
  count(): number {
    return this.out.length;
  }

  /** `problem` makes the sentence around its subject: "Row 3, column "name"" -> "... is missing." */
  add(path: string, problem: (subject: string) => string): void {
    const field =
      this.style === 'csv' ? (CSV_COLUMN[path.replace(/\[\d+\](\.text)?$/, '')] ?? path) : path;
    const where = this.where;
    let subject: string;
    if (where === null) {
      subject =
        this.style === 'csv'
          ? t('glossaries_subjectTopColumn', { field })
          : t('glossaries_subjectTopField', { field });
    } else {
      subject =
        this.style === 'csv'
          ? t('glossaries_subjectColumn', { where, field })
          : t('glossaries_subjectField', { where, field });
    }
    this.out.push({ entry: where, field, message: problem(subject) });
  }

  /** A required (or, with optional, possibly absent) string within a length limit, trimmed. */
  text(value: unknown, path: string, limit: number, optional = false): string | undefined {
    if (value === undefined || value === null || (optional && value === '')) {
      if (!optional) this.add(path, missing);
      return undefined;
    }
    if (typeof value !== 'string') {
      this.add(path, (subject) => t('glossaries_problemNotText', { subject }));
      return undefined;
    }
    const trimmed = value.trim();
    if (trimmed === '') {
      this.add(path, (subject) => t('glossaries_problemEmpty', { subject }));
      return undefined;
    }
    if (trimmed.length > limit) {
      this.add(path, (subject) =>
        t('glossaries_problemTooLong', {
          subject,
          length: count(trimmed.length),
          limit: count(limit),
        }),
      );
      return undefined;
    }
    return trimmed;
  }

  list(value: unknown, path: string, limit: number): unknown[] | undefined {
    if (!Array.isArray(value)) {
      this.add(path, value === undefined || value === null ? missing : notList);
      return undefined;
    }
    if (value.length > limit) {
      this.add(path, (subject) =>
        t('glossaries_problemTooMany', {
          subject,
          number: count(value.length),
          limit: count(limit),
        }),
      );
      return undefined;
    }
    return value;
  }
}

function isRealDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** True for an absolute http:// or https:// address. */
export function isWebAddress(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

function checkSource(r: Reporter, value: unknown, path: string): ExchangeSource | undefined {
  if (!isRecord(value)) {
    r.add(
      path,
      value === undefined || value === null
        ? missing
        : (subject) => t('glossaries_problemNotObject', { subject }),
    );
    return undefined;
  }
  const before = r.count();
  const title = r.text(value.title, `${path}.title`, LIMITS.sourceTitle);
  const publisher = r.text(value.publisher, `${path}.publisher`, LIMITS.publisher, true);
  const url = r.text(value.url, `${path}.url`, LIMITS.url, true);
  if (url !== undefined && !isWebAddress(url)) {
    r.add(`${path}.url`, (subject) => t('glossaries_problemNotWebAddress', { subject, url }));
  }
  let date: string | null = null;
  if (value.date !== undefined && value.date !== null && value.date !== '') {
    if (typeof value.date !== 'string' || !isRealDate(value.date.trim())) {
      r.add(`${path}.date`, (subject) =>
        t('glossaries_problemNotDate', { subject, value: JSON.stringify(value.date) }),
      );
    } else {
      date = value.date.trim();
    }
  }
  if (r.count() !== before || title === undefined) return undefined;
  // Fields in one fixed order, so an export is the same text every time.
  return {
    title,
    ...(publisher !== undefined && { publisher }),
    ...(url !== undefined && { url }),
    date,
  };
}

function checkFactList(r: Reporter, value: unknown, path: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const list = r.list(value, path, LIMITS.factsPerList);
  if (!list) return undefined;
  const facts = list.map((fact, i) => r.text(fact, `${path}[${i}]`, LIMITS.fact));
  return facts.every((f): f is string => f !== undefined) ? facts : undefined;
}

/** "MP", "PE", "6-MP": up to six letters, digits or joiners, every letter a capital. */
export const isShortCapitals = (text: string): boolean =>
  /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{Lu}\d+-]{2,6}$/u.test(text);

interface OwnForm extends SurfaceForm {
  entry: string;
}

function checkForms(r: Reporter, value: unknown, taken: OwnForm[]): SurfaceForm[] | undefined {
  const list = r.list(value, 'forms', LIMITS.forms);
  if (!list) return undefined;
  if (list.length === 0) {
    r.add('forms', (subject) => t('glossaries_problemNoForms', { subject }));
    return undefined;
  }
  const forms: SurfaceForm[] = [];
  const mine: OwnForm[] = [];
  list.forEach((raw, i) => {
    const path = `forms[${i}]`;
    if (!isRecord(raw)) {
      r.add(path, (subject) => t('glossaries_problemFormNotObject', { subject }));
      return;
    }
    const text = r.text(raw.text, `${path}.text`, LIMITS.form);
    for (const flag of ['caseSensitive', 'brand'] as const) {
      if (raw[flag] !== undefined && typeof raw[flag] !== 'boolean') {
        r.add(`${path}.${flag}`, (subject) => t('glossaries_problemNotBoolean', { subject }));
      }
    }
    if (text === undefined) return;
    // A short all-capitals form ("MP", "IT") is an abbreviation: unless the file says otherwise it
    // matches only in capitals, so "Her mp was low" stays plain (#28).
    const caseSensitive =
      raw.caseSensitive === true || (raw.caseSensitive === undefined && isShortCapitals(text));
    const form: SurfaceForm = { text };
    if (caseSensitive) form.caseSensitive = true;
    if (raw.brand === true) form.brand = true;
    const key = formKey(text);
    if ([...key].length < 2) {
      r.add(path, (subject) => t('glossaries_problemFormTooShort', { subject, form: text }));
    } else if (COMMON_WORDS.has(key) && !needsCapsGuard(text, caseSensitive)) {
      r.add(path, (subject) =>
        t('glossaries_problemCommonWord', { subject, form: text, word: key }),
      );
    } else {
      const own = { ...form, entry: r.where ?? '' };
      const twin = mine.find((other) => formsOverlap(other, own));
      const elsewhere = taken.find((other) => formsOverlap(other, own));
      if (twin) {
        r.add(path, (subject) =>
          t('glossaries_problemFormRepeats', { subject, form: text, other: twin.text }),
        );
      } else if (elsewhere) {
        r.add(path, (subject) =>
          t('glossaries_problemFormElsewhere', { subject, form: text, where: elsewhere.entry }),
        );
      }
      mine.push(own);
    }
    forms.push(form);
  });
  taken.push(...mine);
  return forms.length === list.length ? forms : undefined;
}

function whereOf(style: FileStyle, raw: RawEntry): string {
  const base =
    style === 'csv'
      ? t('glossaries_whereRow', { number: raw.number })
      : t('glossaries_whereEntry', { number: raw.number });
  const name =
    isRecord(raw.value) && typeof raw.value.name === 'string' ? raw.value.name.trim() : '';
  if (!name) return base;
  return t('glossaries_whereNamed', {
    where: base,
    name: name.length > 40 ? `${name.slice(0, 39)}…` : name,
  });
}

function checkEntry(
  style: FileStyle,
  raw: RawEntry,
  out: GlossaryFileProblem[],
  taken: OwnForm[],
  ids: Map<string, string>,
  allIds: Set<string>,
  names: Map<string, string>,
): ExchangeEntry | undefined {
  const start = out.length;
  const r = new Reporter(out, style, whereOf(style, raw));
  const v = raw.value;
  if (!isRecord(v)) {
    out.push({
      entry: r.where,
      field: null,
      message: t('glossaries_problemEntryNotObject', { where: r.where ?? '' }),
    });
    return undefined;
  }

  const id = r.text(v.id, 'id', LIMITS.id);
  if (id !== undefined) {
    if (!isEntryId(id)) {
      r.add('id', (subject) => t('glossaries_problemIdNotKebab', { subject, id }));
    } else if (ids.has(id)) {
      const other = ids.get(id) ?? '';
      r.add('id', (subject) => t('glossaries_problemIdTaken', { subject, id, where: other }));
    } else {
      ids.set(id, r.where ?? '');
    }
  }
  const name = r.text(v.name, 'name', LIMITS.name);
  if (name !== undefined) {
    // Two rows named "Cytarabine" would make two cards for one term (#28).
    const key = name.toLocaleLowerCase();
    const other = names.get(key);
    if (other !== undefined) {
      r.add('name', (subject) => t('glossaries_problemNameTaken', { subject, name, where: other }));
    } else {
      names.set(key, r.where ?? '');
    }
  }

  let category: Category | undefined;
  const categoryText = r.text(v.category, 'category', 40);
  if (categoryText !== undefined) {
    if (GLOSSARY_CATEGORIES.includes(categoryText as Category)) {
      category = categoryText as Category;
    } else {
      r.add('category', (subject) =>
        t('glossaries_problemCategory', {
          subject,
          category: categoryText,
          known: GLOSSARY_CATEGORIES.join(', '),
        }),
      );
    }
  }

  const forms = checkForms(r, v.forms, taken);
  const pronunciation = r.text(v.pronunciation, 'pronunciation', LIMITS.pronunciation, true);
  const summary = r.text(v.summary, 'summary', LIMITS.summary);
  const explanation = r.text(v.explanation, 'explanation', LIMITS.explanation);

  let drug: ExchangeDrugFacts | undefined;
  if (v.drug !== undefined && v.drug !== null) {
    if (!isRecord(v.drug)) {
      r.add('drug', (subject) => t('glossaries_problemDrugNotObject', { subject }));
    } else {
      const drugClass = r.text(v.drug.drugClass, 'drug.drugClass', LIMITS.fact);
      const target = r.text(v.drug.target, 'drug.target', LIMITS.fact);
      const howGiven = r.text(v.drug.howGiven, 'drug.howGiven', LIMITS.fact);
      if (drugClass && target && howGiven) drug = { drugClass, target, howGiven };
    }
  }

  let sideEffects: ExchangeSideEffects | undefined;
  if (v.sideEffects !== undefined && v.sideEffects !== null) {
    if (!isRecord(v.sideEffects)) {
      r.add('sideEffects', (subject) => t('glossaries_problemSideEffectsNotObject', { subject }));
    } else {
      sideEffects = {};
      for (const list of ['common', 'serious', 'callCareTeam', 'notes'] as const) {
        const facts = checkFactList(r, v.sideEffects[list], `sideEffects.${list}`);
        if (facts && facts.length > 0) sideEffects[list] = facts;
      }
      if (Object.keys(sideEffects).length === 0) sideEffects = undefined;
    }
  }

  let related: string[] | undefined;
  if (v.related !== undefined && v.related !== null) {
    const list = r.list(v.related, 'related', LIMITS.related);
    if (list) {
      related = [];
      list.forEach((rel, i) => {
        if (typeof rel !== 'string' || !allIds.has(rel)) {
          r.add(`related[${i}]`, (subject) =>
            t('glossaries_problemRelatedUnknown', { subject, value: JSON.stringify(rel) }),
          );
        } else if (rel === id) {
          r.add(`related[${i}]`, (subject) => t('glossaries_problemRelatedSelf', { subject }));
        } else if (!related!.includes(rel)) {
          related!.push(rel);
        }
      });
    }
  }

  const source = checkSource(r, v.source, 'source');
  let otherSources: ExchangeSource[] | undefined;
  if (v.otherSources !== undefined && v.otherSources !== null) {
    const list = r.list(v.otherSources, 'otherSources', LIMITS.otherSources);
    if (list) {
      otherSources = list
        .map((s, i) => checkSource(r, s, `otherSources[${i}]`))
        .filter((s): s is ExchangeSource => !!s);
    }
  }

  if (out.length > start) return undefined;
  // Fields in one fixed order, so an export is the same text every time.
  return {
    id: id!,
    name: name!,
    category: category!,
    forms: forms!,
    ...(pronunciation !== undefined && { pronunciation }),
    summary: summary!,
    explanation: explanation!,
    ...(drug && { drug }),
    ...(sideEffects && { sideEffects }),
    ...(related && related.length > 0 && { related }),
    source: source!,
    ...(otherSources && otherSources.length > 0 && { otherSources }),
  };
}

/** Checks a read glossary; `taken` lists the forms of the glossaries already in use. */
export function checkGlossary(raw: RawGlossary, taken: readonly TakenForm[] = []): CheckResult {
  const problems: GlossaryFileProblem[] = [];
  const fileProblem = (message: string) => problems.push({ entry: null, field: null, message });

  if (raw.format !== GLOSSARY_FORMAT) {
    fileProblem(t('glossaries_problemFormat', { format: GLOSSARY_FORMAT }));
    return { glossary: null, problems, conflicts: [] };
  }
  if (raw.version !== GLOSSARY_FORMAT_VERSION) {
    fileProblem(
      t('glossaries_problemVersion', {
        version: JSON.stringify(raw.version),
        known: GLOSSARY_FORMAT_VERSION,
      }),
    );
    return { glossary: null, problems, conflicts: [] };
  }

  const top = new Reporter(problems, raw.style, null);
  const name = top.text(raw.name, 'name', LIMITS.glossaryName);
  const language = top.text(raw.language, 'language', LIMITS.language);
  if (language !== undefined && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(language)) {
    top.add('language', (subject) => t('glossaries_problemLanguage', { subject, language }));
  }

  let entries: ExchangeEntry[] = [];
  if (!Array.isArray(raw.entries)) {
    top.add('entries', raw.entries === undefined ? missing : notList);
  } else if (raw.entries.length === 0) {
    top.add('entries', (subject) => t('glossaries_problemNoEntries', { subject }));
  } else if (raw.entries.length > LIMITS.entries) {
    fileProblem(
      t('glossaries_problemTooManyEntries', {
        number: count(raw.entries.length),
        limit: count(LIMITS.entries),
      }),
    );
  } else {
    const rawEntries = raw.entries as RawEntry[];
    const allIds = new Set<string>();
    for (const e of rawEntries) {
      if (isRecord(e.value) && typeof e.value.id === 'string') allIds.add(e.value.id.trim());
    }
    const ownForms: OwnForm[] = [];
    const ids = new Map<string, string>();
    const names = new Map<string, string>();
    entries = rawEntries
      .map((e) => checkEntry(raw.style, e, problems, ownForms, ids, allIds, names))
      .filter((e): e is ExchangeEntry => !!e);
  }

  if (problems.length > 0) return { glossary: null, problems, conflicts: [] };
  const glossary: ExchangeGlossary = {
    format: GLOSSARY_FORMAT,
    version: GLOSSARY_FORMAT_VERSION,
    name: name!,
    language: language!,
    entries,
  };
  return {
    glossary,
    problems,
    conflicts: findConflicts(raw.style, raw.entries as RawEntry[], glossary, taken),
  };
}

function findConflicts(
  style: FileStyle,
  rawEntries: RawEntry[],
  glossary: ExchangeGlossary,
  taken: readonly TakenForm[],
): GlossaryConflict[] {
  const conflicts: GlossaryConflict[] = [];
  glossary.entries.forEach((entry, i) => {
    const where = whereOf(style, rawEntries[i]!);
    for (const form of entry.forms) {
      const other = taken.find((t) => formsOverlap(t, form));
      if (!other) continue;
      conflicts.push({
        entry: where,
        entryId: entry.id,
        form: form.text,
        otherGlossary: other.glossary,
        otherEntry: other.entryName,
        message: t('glossaries_problemConflict', {
          where,
          form: form.text,
          entry: other.entryName,
          glossary: other.glossary,
        }),
      });
    }
  });
  return conflicts;
}
