/**
 * Checks a glossary read from a file (read-file.ts) and returns it in the exchange shape, or every
 * problem found. Each problem names the entry (JSON) or row (CSV) and the field or column, so the
 * options page can show all of them before anything is saved.
 *
 * Imported text is kept as plain strings; the UI renders it only as text. Source links must be
 * http(s) addresses, so no `javascript:` or `data:` link can reach a card.
 */
import { isPlainObject as isRecord } from '../../data/plain-object';
import type { SurfaceForm } from '../../data/types';
import {
  Reporter,
  checkCategory,
  checkForms,
  checkId,
  checkRelated,
  formKey,
  formsOverlap,
  idsOf,
  isRealDate,
  isWebAddress,
  type ClaimedForm,
  type Finding,
  type GlossaryProblem,
} from './entry-check';
import { needsCapsGuard } from '../matcher/guards';
import {
  GLOSSARY_CATEGORIES,
  GLOSSARY_FORMAT,
  GLOSSARY_FORMAT_VERSION,
  LANGUAGE_TAG,
  LIMITS,
  type ExchangeDrugFacts,
  type ExchangeEntry,
  type ExchangeGlossary,
  type ExchangeSideEffects,
  type ExchangeSource,
} from './format';
import type { GlossaryConflict } from './problems';
import type { FileStyle, RawEntry, RawGlossary } from './read-file';
import { formatNumber, t } from '../i18n';

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
  problems: GlossaryProblem[];
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

const count = (n: number): string => formatNumber(n);

/** The subject of a message: 'Row 3, column "name"', 'Entry 2 ("Zap"), field "forms[1].text"'. */
function subjectOf(style: FileStyle, where: string | null, field: string): string {
  if (where === null) {
    return style === 'csv'
      ? t('glossaries_subjectTopColumn', { field })
      : t('glossaries_subjectTopField', { field });
  }
  return style === 'csv'
    ? t('glossaries_subjectColumn', { where, field })
    : t('glossaries_subjectField', { where, field });
}

/** What the core check found, in the reader's words; null for what a file may do. */
function say(subject: string, finding: Finding): string | null {
  switch (finding.code) {
    case 'missing':
      return t('glossaries_problemMissing', { subject });
    case 'notList':
      return t('glossaries_problemNotList', { subject });
    case 'notText':
      return t('glossaries_problemNotText', { subject });
    case 'empty':
      return t('glossaries_problemEmpty', { subject });
    case 'tooLong':
      return t('glossaries_problemTooLong', {
        subject,
        length: count(finding.length),
        limit: count(finding.limit),
      });
    case 'tooMany':
      return t('glossaries_problemTooMany', {
        subject,
        number: count(finding.number),
        limit: count(finding.limit),
      });
    case 'noForms':
      return t('glossaries_problemNoForms', { subject });
    case 'formNotObject':
      return t('glossaries_problemFormNotObject', { subject });
    case 'notBoolean':
      return t('glossaries_problemNotBoolean', { subject });
    case 'idNotKebab':
      return t('glossaries_problemIdNotKebab', { subject, id: finding.value });
    case 'idTaken':
      return t('glossaries_problemIdTaken', { subject, id: finding.id, where: finding.where });
    case 'category':
      return t('glossaries_problemCategory', {
        subject,
        category: finding.category,
        known: GLOSSARY_CATEGORIES.join(', '),
      });
    case 'formRepeats':
      return t('glossaries_problemFormRepeats', {
        subject,
        form: finding.form,
        other: finding.other.text,
      });
    case 'formElsewhere':
      return t('glossaries_problemFormElsewhere', {
        subject,
        form: finding.form,
        where: finding.other.entry,
      });
    case 'relatedNotId':
    case 'relatedUnknown':
      return t('glossaries_problemRelatedUnknown', {
        subject,
        value: JSON.stringify(finding.value),
      });
    case 'relatedSelf':
      return t('glossaries_problemRelatedSelf', { subject });
    case 'own':
      return finding.say(subject);
    // A file's texts are trimmed, its related list is optional, and a related id listed twice
    // is simply kept once.
    case 'padded':
    case 'relatedEmpty':
    case 'relatedTwice':
      return null;
  }
}

/** Collects the problems of one entry (or of the glossary itself when `where` is null). */
function reporter(out: GlossaryProblem[], style: FileStyle, where: string | null): Reporter {
  return new Reporter(
    out,
    where,
    (where, field, finding) => say(subjectOf(style, where, field), finding),
    true,
    (path) =>
      style === 'csv' ? (CSV_COLUMN[path.replace(/\[\d+\](\.text)?$/, '')] ?? path) : path,
  );
}

function checkSource(r: Reporter, value: unknown, path: string): ExchangeSource | undefined {
  if (!isRecord(value)) {
    if (value === undefined || value === null) r.add(path, { code: 'missing' });
    else r.say(path, (subject) => t('glossaries_problemNotObject', { subject }));
    return undefined;
  }
  const before = r.count();
  const title = r.text(value.title, `${path}.title`, LIMITS.sourceTitle);
  const publisher = r.text(value.publisher, `${path}.publisher`, LIMITS.publisher, true);
  const url = r.text(value.url, `${path}.url`, LIMITS.url, true);
  if (url !== undefined && !isWebAddress(url)) {
    r.say(`${path}.url`, (subject) => t('glossaries_problemNotWebAddress', { subject, url }));
  }
  let date: string | null = null;
  if (value.date !== undefined && value.date !== null && value.date !== '') {
    if (typeof value.date !== 'string' || !isRealDate(value.date.trim())) {
      r.say(`${path}.date`, (subject) =>
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

/**
 * A file's own rules for a form: at least two characters, and no common word unless the matcher's
 * all-capitals guard keeps it apart from the word ("ALL"). False keeps the form out of overlaps.
 */
function formOfFile(r: Reporter, form: SurfaceForm, path: string): boolean {
  const { text } = form;
  const key = formKey(text);
  if ([...key].length < 2) {
    r.say(path, (subject) => t('glossaries_problemFormTooShort', { subject, form: text }));
    return false;
  }
  if (COMMON_WORDS.has(key) && !needsCapsGuard(text, form.caseSensitive === true)) {
    r.say(path, (subject) => t('glossaries_problemCommonWord', { subject, form: text, word: key }));
    return false;
  }
  return true;
}

const FILE_FORMS = {
  limits: { forms: LIMITS.forms, form: LIMITS.form },
  // A short all-capitals form ("MP", "IT") is an abbreviation: unless the file says otherwise it
  // matches only in capitals, so "Her mp was low" stays plain (#28).
  caseSensitiveByDefault: isShortCapitals,
  own: formOfFile,
};

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
  out: GlossaryProblem[],
  taken: ClaimedForm[],
  ids: Map<string, string>,
  allIds: Set<string>,
  names: Map<string, string>,
): ExchangeEntry | undefined {
  const start = out.length;
  const r = reporter(out, style, whereOf(style, raw));
  const v = raw.value;
  if (!isRecord(v)) {
    out.push({
      entry: r.where,
      field: null,
      message: t('glossaries_problemEntryNotObject', { where: r.where ?? '' }),
    });
    return undefined;
  }

  const id = checkId(r, v.id, ids, LIMITS.id);
  const name = r.text(v.name, 'name', LIMITS.name);
  if (name !== undefined) {
    // Two rows named "Cytarabine" would make two cards for one term (#28).
    const key = name.toLocaleLowerCase();
    const other = names.get(key);
    if (other !== undefined) {
      r.say('name', (subject) => t('glossaries_problemNameTaken', { subject, name, where: other }));
    } else {
      names.set(key, r.where ?? '');
    }
  }

  const category = checkCategory(r, v.category, 40);
  const forms = checkForms(r, v.forms, taken, FILE_FORMS);
  const pronunciation = r.text(v.pronunciation, 'pronunciation', LIMITS.pronunciation, true);
  const summary = r.text(v.summary, 'summary', LIMITS.summary);
  const explanation = r.text(v.explanation, 'explanation', LIMITS.explanation);

  let drug: ExchangeDrugFacts | undefined;
  if (v.drug !== undefined && v.drug !== null) {
    if (!isRecord(v.drug)) {
      r.say('drug', (subject) => t('glossaries_problemDrugNotObject', { subject }));
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
      r.say('sideEffects', (subject) => t('glossaries_problemSideEffectsNotObject', { subject }));
    } else {
      sideEffects = {};
      for (const list of ['common', 'serious', 'callCareTeam', 'notes'] as const) {
        const facts = checkFactList(r, v.sideEffects[list], `sideEffects.${list}`);
        if (facts && facts.length > 0) sideEffects[list] = facts;
      }
      if (Object.keys(sideEffects).length === 0) sideEffects = undefined;
    }
  }

  const related = checkRelated(r, v.related, id, allIds, { limit: LIMITS.related });

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
  const problems: GlossaryProblem[] = [];
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

  const top = reporter(problems, raw.style, null);
  const name = top.text(raw.name, 'name', LIMITS.glossaryName);
  const language = top.text(raw.language, 'language', LIMITS.language);
  if (language !== undefined && !new RegExp(LANGUAGE_TAG).test(language)) {
    top.say('language', (subject) => t('glossaries_problemLanguage', { subject, language }));
  }

  let entries: ExchangeEntry[] = [];
  if (!Array.isArray(raw.entries)) {
    top.add('entries', { code: raw.entries === undefined ? 'missing' : 'notList' });
  } else if (raw.entries.length === 0) {
    top.say('entries', (subject) => t('glossaries_problemNoEntries', { subject }));
  } else if (raw.entries.length > LIMITS.entries) {
    fileProblem(
      t('glossaries_problemTooManyEntries', {
        number: count(raw.entries.length),
        limit: count(LIMITS.entries),
      }),
    );
  } else {
    const rawEntries = raw.entries as RawEntry[];
    const allIds = idsOf(
      rawEntries.map((e) => e.value),
      true,
    );
    const ownForms: ClaimedForm[] = [];
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
