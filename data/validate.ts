/**
 * A small hand-written schema check for the glossary. data/index.ts runs it when the module loads,
 * so a broken entry fails the tests and stops the extension from loading bad data.
 *
 * The checks read the data as `unknown`, so they also catch what TypeScript cannot see (empty
 * strings, a fact naming a source that does not exist, a form claimed by two entries...).
 * Every problem names the entry (or source) and the field, e.g.
 *   glossary entry "dasatinib": field "summary" is empty
 */
import { compileMatcher, entryNamedBy, type Matcher } from '../lib/matcher';
import { CATEGORIES } from './categories';
import { KIND_HOSTS, SOURCE_KINDS, isSourceKind, urlFitsKind } from './source-kinds';
import { isPlainObject as isRecord } from './plain-object';
import { isEntryId } from './term-id';
import type { Category, GlossaryEntry, Source } from './types';

export interface GlossaryProblem {
  /** 'entry' for glossary entries, 'source' for Source records. */
  kind: 'entry' | 'source';
  /** The entry or source id ("#3" when the id itself is missing). */
  id: string;
  /** The field path, e.g. "summary", "forms[2].text", "drug.target.source". */
  field: string;
  /** The full message, naming the entry and the field. */
  message: string;
}

export class GlossaryError extends Error {
  readonly problems: readonly GlossaryProblem[];
  constructor(problems: readonly GlossaryProblem[]) {
    super(
      `The glossary has ${problems.length} problem(s):\n` +
        problems.map((p) => `  - ${p.message}`).join('\n'),
    );
    this.name = 'GlossaryError';
    this.problems = problems;
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Hyphens (incl. non-breaking), figure dash, en dash, minus sign and spaces, as in the matcher. */
const SEPARATORS = /[\s\u00a0\u2010\u2011\u2012\u2013\u2212-]+/g;
/** A sentence end followed by the start of another sentence. */
const SENTENCE_BREAK = /[.!?]["”)]?\s+["“(]?[A-Z]/;

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

function isValidIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Collects problems for one record (an entry or a source). */
class Reporter {
  constructor(
    private readonly out: GlossaryProblem[],
    private readonly kind: 'entry' | 'source',
    private readonly id: string,
  ) {}

  add(field: string, what: string): void {
    const who = this.kind === 'entry' ? 'glossary entry' : 'source';
    this.out.push({
      kind: this.kind,
      id: this.id,
      field,
      message: `${who} "${this.id}": field "${field}" ${what}`,
    });
  }

  /** Checks that record[field] is a non-empty string; returns it, or undefined. */
  text(record: Record<string, unknown>, field: string, path = field): string | undefined {
    const value = record[field];
    if (value === undefined || value === null) {
      this.add(path, 'is missing');
      return undefined;
    }
    if (typeof value !== 'string') {
      this.add(path, `must be a string (got ${typeof value})`);
      return undefined;
    }
    if (value.trim() === '') {
      this.add(path, 'is empty');
      return undefined;
    }
    if (value !== value.trim()) this.add(path, 'has spaces at the start or end');
    return value;
  }

  /** Checks that record[field] is an array; returns it, or undefined. */
  list(record: Record<string, unknown>, field: string, path = field): unknown[] | undefined {
    const value = record[field];
    if (value === undefined || value === null) {
      this.add(path, 'is missing');
      return undefined;
    }
    if (!Array.isArray(value)) {
      this.add(path, 'must be a list');
      return undefined;
    }
    return value;
  }
}

function recordId(record: unknown, index: number): string {
  if (isRecord(record) && typeof record.id === 'string' && record.id.trim() !== '') {
    return record.id;
  }
  return `#${index}`;
}

function checkSources(sources: readonly unknown[], out: GlossaryProblem[]): Set<string> {
  const ids = new Set<string>();
  sources.forEach((raw, index) => {
    const r = new Reporter(out, 'source', recordId(raw, index));
    if (!isRecord(raw)) {
      r.add('(record)', 'is not an object');
      return;
    }
    const id = r.text(raw, 'id');
    if (id !== undefined) {
      if (!isEntryId(id)) r.add('id', 'must be kebab-case (a-z, 0-9 and single hyphens)');
      if (ids.has(id)) r.add('id', 'is used by another source too');
      ids.add(id);
    }
    r.text(raw, 'title');
    r.text(raw, 'publisher');
    const url = r.text(raw, 'url');
    if (url !== undefined && !/^https:\/\/[^\s/]+\.[^\s]+$/.test(url)) {
      r.add('url', 'must be an https:// address');
    }
    if (!isSourceKind(raw.kind)) {
      r.add('kind', `must be one of ${SOURCE_KINDS.join(', ')} (got ${JSON.stringify(raw.kind)})`);
    } else if (url !== undefined && !urlFitsKind(url, raw.kind)) {
      r.add(
        'url',
        `is not on a site of kind "${raw.kind}" (${(KIND_HOSTS[raw.kind] ?? []).join(', ')}): a copy elsewhere is "secondary"`,
      );
    }
    if (raw.version !== undefined) r.text(raw, 'version');
    if (raw.accessed !== undefined) {
      if (typeof raw.accessed !== 'string' || !isValidIsoDate(raw.accessed)) {
        r.add(
          'accessed',
          `must be a real date as YYYY-MM-DD (got ${JSON.stringify(raw.accessed)})`,
        );
      }
    }
    if (!('lastRevised' in raw) || raw.lastRevised === undefined) {
      r.add('lastRevised', 'is missing (use null when the source gives no date)');
    } else if (raw.lastRevised !== null) {
      if (typeof raw.lastRevised !== 'string' || !isValidIsoDate(raw.lastRevised)) {
        r.add(
          'lastRevised',
          `must be a real date as YYYY-MM-DD, or null (got ${JSON.stringify(raw.lastRevised)})`,
        );
      }
    }
  });
  return ids;
}

function checkFact(r: Reporter, value: unknown, path: string, sourceIds: Set<string>): void {
  if (value === undefined || value === null) {
    r.add(path, 'is missing');
    return;
  }
  if (!isRecord(value)) {
    r.add(path, 'must be a fact ({ text, source })');
    return;
  }
  r.text(value, 'text', `${path}.text`);
  const source = r.text(value, 'source', `${path}.source`);
  if (source !== undefined && !sourceIds.has(source)) {
    r.add(`${path}.source`, `names unknown source "${source}"`);
  }
}

function checkFactList(
  r: Reporter,
  record: Record<string, unknown>,
  field: string,
  path: string,
  sourceIds: Set<string>,
  required: boolean,
): void {
  const list = r.list(record, field, path);
  if (!list) return;
  if (required && list.length === 0) r.add(path, 'is empty');
  list.forEach((fact, i) => checkFact(r, fact, `${path}[${i}]`, sourceIds));
}

const STUDENT_LISTS = ['facts', 'properTerms', 'monitoring'] as const;

/** The texts of the patient level, which the student level must not repeat word for word. */
function patientTexts(raw: Record<string, unknown>): Set<string> {
  const texts = new Set<string>();
  const addText = (value: unknown) => {
    if (typeof value === 'string') texts.add(value.trim());
    else if (isRecord(value) && typeof value.text === 'string') texts.add(value.text.trim());
  };
  addText(raw.summary);
  addText(raw.explanation);
  if (Array.isArray(raw.explanationFacts)) raw.explanationFacts.forEach(addText);
  if (isRecord(raw.drug)) Object.values(raw.drug).forEach(addText);
  if (isRecord(raw.sideEffects)) {
    for (const list of Object.values(raw.sideEffects))
      if (Array.isArray(list)) list.forEach(addText);
  }
  return texts;
}

/**
 * The "For students" level: a summary fact, at least one fact, optional proper terms and
 * monitoring; every source dated (a student checks how current a label is); and no sentence
 * copied from the patient level, so the two levels really differ.
 */
function checkStudentLevel(
  r: Reporter,
  raw: Record<string, unknown>,
  sourceIds: Set<string>,
  datedSourceIds: Set<unknown>,
): void {
  const student = raw.student;
  if (!isRecord(student)) {
    r.add('student', 'must be an object ({ summary, facts, properTerms?, monitoring? })');
    return;
  }
  const facts: { path: string; value: unknown }[] = [];
  checkFact(r, student.summary, 'student.summary', sourceIds);
  facts.push({ path: 'student.summary', value: student.summary });
  for (const field of STUDENT_LISTS) {
    const path = `student.${field}`;
    if (field !== 'facts' && student[field] === undefined) continue;
    checkFactList(r, student, field, path, sourceIds, field === 'facts');
    const list = student[field];
    if (Array.isArray(list))
      list.forEach((value, i) => facts.push({ path: `${path}[${i}]`, value }));
  }
  const patient = patientTexts(raw);
  for (const { path, value } of facts) {
    if (!isRecord(value)) continue;
    const { text, source } = value;
    if (typeof source === 'string' && sourceIds.has(source) && !datedSourceIds.has(source)) {
      r.add(
        `${path}.source`,
        `names source "${source}", which has no date (lastRevised or accessed)`,
      );
    }
    if (typeof text === 'string' && patient.has(text.trim())) {
      r.add(`${path}.text`, `repeats the patient level word for word ("${text.trim()}")`);
    }
  }
}

interface ClaimedForm {
  entryId: string;
  index: number;
  text: string;
  caseSensitive?: boolean;
}

/** Lists every problem in the glossary; an empty list means it is valid. */
export function findGlossaryProblems(
  entries: readonly GlossaryEntry[] | readonly unknown[],
  sources: readonly Source[] | readonly unknown[],
): GlossaryProblem[] {
  const out: GlossaryProblem[] = [];
  const sourceIds = checkSources(sources, out);
  const datedSourceIds = new Set<unknown>();
  for (const s of sources as readonly unknown[]) {
    if (isRecord(s) && (typeof s.lastRevised === 'string' || typeof s.accessed === 'string')) {
      datedSourceIds.add(s.id);
    }
  }

  // Ids first, so that related ids can be checked against all of them.
  const entryIds = new Set<string>();
  for (const raw of entries) {
    if (isRecord(raw) && typeof raw.id === 'string') entryIds.add(raw.id);
  }

  const seenIds = new Set<string>();
  const claimed: ClaimedForm[] = [];

  entries.forEach((raw, index) => {
    const id = recordId(raw, index);
    const r = new Reporter(out, 'entry', id);
    if (!isRecord(raw)) {
      r.add('(record)', 'is not an object');
      return;
    }

    const ownId = r.text(raw, 'id');
    if (ownId !== undefined) {
      if (!isEntryId(ownId)) r.add('id', 'must be kebab-case (a-z, 0-9 and single hyphens)');
      if (seenIds.has(ownId)) r.add('id', 'is used by another entry too');
      seenIds.add(ownId);
    }

    r.text(raw, 'name');

    const category = r.text(raw, 'category');
    if (category !== undefined && !CATEGORIES.includes(category as Category)) {
      r.add('category', `must be one of ${CATEGORIES.join(', ')} (got "${category}")`);
    }

    // Surface forms.
    const forms = r.list(raw, 'forms');
    const ownForms: ClaimedForm[] = [];
    if (forms) {
      if (forms.length === 0) r.add('forms', 'is empty');
      forms.forEach((form, i) => {
        const path = `forms[${i}]`;
        if (!isRecord(form)) {
          r.add(path, 'must be a form ({ text, caseSensitive?, brand? })');
          return;
        }
        const text = r.text(form, 'text', `${path}.text`);
        for (const flag of ['caseSensitive', 'brand'] as const) {
          if (form[flag] !== undefined && typeof form[flag] !== 'boolean') {
            r.add(`${path}.${flag}`, 'must be true or false');
          }
        }
        if (text === undefined) return;
        const mine: ClaimedForm = {
          entryId: id,
          index: i,
          text,
          caseSensitive: form.caseSensitive === true,
        };
        const twin = ownForms.find((other) => formsOverlap(other, mine));
        if (twin) {
          r.add(
            path,
            `("${text}") repeats forms[${twin.index}] ("${twin.text}"): the matcher already adds separator, plural and letter-case variants`,
          );
        }
        ownForms.push(mine);
      });
    }
    for (const mine of ownForms) {
      const other = claimed.find((c) => formsOverlap(c, mine));
      if (other) {
        r.add(
          `forms[${mine.index}]`,
          `("${mine.text}") is also claimed by entry "${other.entryId}" (forms[${other.index}] "${other.text}")`,
        );
      }
    }
    claimed.push(...ownForms);

    if (raw.pronunciation !== undefined) r.text(raw, 'pronunciation');
    // A respelling is a fact like any other: it names where it comes from.
    if (raw.pronunciationSource !== undefined) {
      const ps = r.text(raw, 'pronunciationSource');
      if (ps !== undefined && !sourceIds.has(ps)) {
        r.add('pronunciationSource', `names unknown source "${ps}"`);
      }
      if (raw.pronunciation === undefined) {
        r.add('pronunciationSource', 'is set, but the entry has no pronunciation');
      }
    }

    const summary = r.text(raw, 'summary');
    if (summary !== undefined) {
      if (!/[.!?]$/.test(summary)) r.add('summary', 'must end with a full stop');
      if (SENTENCE_BREAK.test(summary)) r.add('summary', 'must be one sentence');
    }
    const explanation = r.text(raw, 'explanation');
    if (explanation !== undefined && !/[.!?]$/.test(explanation)) {
      r.add('explanation', 'must end with a full stop');
    }
    if (raw.explanationFacts !== undefined) {
      checkFactList(r, raw, 'explanationFacts', 'explanationFacts', sourceIds, true);
      const facts = raw.explanationFacts;
      if (Array.isArray(facts) && explanation !== undefined) {
        const joined = facts.map((f) => (isRecord(f) ? f.text : '')).join(' ');
        if (joined !== explanation) {
          r.add('explanationFacts', 'joined with spaces must be exactly the explanation');
        }
      }
    }

    // Drug facts: required for drugs, and only for drugs.
    const isDrug = category === 'drug';
    const knownCategory = CATEGORIES.includes(category as Category);
    if (raw.drug === undefined) {
      if (isDrug) r.add('drug', 'is missing (every drug needs drugClass, target and howGiven)');
    } else if (!isRecord(raw.drug)) {
      r.add('drug', 'must be an object');
    } else {
      if (!isDrug && knownCategory) r.add('drug', 'is only allowed on entries of category "drug"');
      for (const field of ['drugClass', 'target', 'howGiven'] as const) {
        checkFact(r, raw.drug[field], `drug.${field}`, sourceIds);
      }
    }

    // Side effects: required for drugs, allowed on other entries (e.g. a drug class).
    if (raw.sideEffects === undefined) {
      if (isDrug) r.add('sideEffects', 'is missing');
    } else if (!isRecord(raw.sideEffects)) {
      r.add('sideEffects', 'must be an object');
    } else {
      const se = raw.sideEffects;
      // A drug lists side effects as common or, where its source says so, as other possible ones.
      const listsOther = Array.isArray(se.otherPossible) && se.otherPossible.length > 0;
      checkFactList(r, se, 'common', 'sideEffects.common', sourceIds, isDrug && !listsOther);
      checkFactList(r, se, 'serious', 'sideEffects.serious', sourceIds, false);
      checkFactList(r, se, 'callCareTeam', 'sideEffects.callCareTeam', sourceIds, false);
      checkFactList(r, se, 'notes', 'sideEffects.notes', sourceIds, false);
      if (se.otherPossible !== undefined) {
        checkFactList(r, se, 'otherPossible', 'sideEffects.otherPossible', sourceIds, false);
      }
      if (se.commonOfGroup !== undefined) r.text(se, 'commonOfGroup', 'sideEffects.commonOfGroup');
    }

    if (raw.student !== undefined) checkStudentLevel(r, raw, sourceIds, datedSourceIds);

    // Related ids.
    const related = r.list(raw, 'related');
    if (related) {
      if (related.length === 0) r.add('related', 'is empty (link at least one other entry)');
      const seen = new Set<unknown>();
      related.forEach((rel, i) => {
        const path = `related[${i}]`;
        if (typeof rel !== 'string' || rel.trim() === '') {
          r.add(path, 'must be a non-empty entry id');
        } else if (rel === ownId) {
          r.add(path, 'links the entry to itself');
        } else if (!entryIds.has(rel)) {
          r.add(path, `names unknown entry "${rel}"`);
        } else if (seen.has(rel)) {
          r.add(path, `lists "${rel}" twice`);
        }
        seen.add(rel);
      });
    }

    const source = r.text(raw, 'source');
    if (source !== undefined && !sourceIds.has(source)) {
      r.add('source', `names unknown source "${source}"`);
    }
  });

  return out;
}

/** Throws a GlossaryError listing every problem, or returns quietly when the glossary is valid. */
export function validateGlossary(
  entries: readonly GlossaryEntry[] | readonly unknown[],
  sources: readonly Source[] | readonly unknown[],
): void {
  const problems = findGlossaryProblems(entries, sources);
  if (problems.length > 0) throw new GlossaryError(problems);
}
