/**
 * A small hand-written schema check for the glossary. data/index.ts runs it when the module loads,
 * so a broken entry fails the tests and stops the extension from loading bad data.
 *
 * The checks read the data as `unknown`, so they also catch what TypeScript cannot see (empty
 * strings, a fact naming a source that does not exist, a form claimed by two entries...).
 * Every problem names the entry (or source) and the field, e.g.
 *   glossary entry "dasatinib": field "summary" is empty
 */
import {
  Reporter,
  checkCategory,
  checkForms,
  checkId,
  checkRelated,
  idsOf,
  isRealDate,
  isWebAddress,
  type ClaimedForm,
  type Finding,
  type GlossaryProblem,
} from '../lib/glossaries/entry-check';
import { CATEGORIES } from './categories';
import { KIND_HOSTS, SOURCE_KINDS, isSourceKind, urlFitsKind } from './source-kinds';
import { isPlainObject as isRecord } from './plain-object';
import type { GlossaryEntry, Source } from './types';

export type { GlossaryProblem };
export { formKey, formsOverlap } from '../lib/glossaries/entry-check';

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

/** A sentence end followed by the start of another sentence. */
const SENTENCE_BREAK = /[.!?]["”)]?\s+["“(]?[A-Z]/;

/** What the core check found, in the words a developer reads in a failing test. */
function what(finding: Exclude<Finding, { code: 'own' }>, record: 'entry' | 'source'): string {
  switch (finding.code) {
    case 'missing':
      return 'is missing';
    case 'empty':
    case 'noForms':
      return 'is empty';
    case 'padded':
      return 'has spaces at the start or end';
    case 'notList':
      return 'must be a list';
    case 'notText':
      return `must be a string (got ${finding.got})`;
    case 'tooLong':
      return `is ${finding.length} characters long, over ${finding.limit}`;
    case 'tooMany':
      return `has ${finding.number} items, over ${finding.limit}`;
    case 'formNotObject':
      return 'must be a form ({ text, caseSensitive?, brand? })';
    case 'notBoolean':
      return 'must be true or false';
    case 'idNotKebab':
      return 'must be kebab-case (a-z, 0-9 and single hyphens)';
    case 'idTaken':
      return `is used by another ${record} too`;
    case 'category':
      return `must be one of ${CATEGORIES.join(', ')} (got "${finding.category}")`;
    case 'formRepeats':
      return `("${finding.form}") repeats forms[${finding.other.index}] ("${finding.other.text}"): the matcher already adds separator, plural and letter-case variants`;
    case 'formElsewhere':
      return `("${finding.form}") is also claimed by entry "${finding.other.entry}" (forms[${finding.other.index}] "${finding.other.text}")`;
    case 'relatedEmpty':
      return 'is empty (link at least one other entry)';
    case 'relatedNotId':
      return 'must be a non-empty entry id';
    case 'relatedSelf':
      return 'links the entry to itself';
    case 'relatedUnknown':
      return `names unknown entry "${String(finding.value)}"`;
    case 'relatedTwice':
      return `lists "${String(finding.value)}" twice`;
  }
}

/** Problems of one entry or source record: `glossary entry "x": field "summary" is empty`. */
function reporter(out: GlossaryProblem[], record: 'entry' | 'source', id: string): Reporter {
  const who = record === 'entry' ? 'glossary entry' : 'source';
  return new Reporter(
    out,
    id,
    (where, field, finding) => {
      const subject = `${who} "${where}": field "${field}"`;
      return finding.code === 'own' ? finding.say(subject) : `${subject} ${what(finding, record)}`;
    },
    false,
  );
}

/** This validator's own problem: `what` follows the subject ("must end with a full stop"). */
const add = (r: Reporter, path: string, what: string): void =>
  r.say(path, (subject) => `${subject} ${what}`);

function recordId(record: unknown, index: number): string {
  if (isRecord(record) && typeof record.id === 'string' && record.id.trim() !== '') {
    return record.id;
  }
  return `#${index}`;
}

function checkSources(sources: readonly unknown[], out: GlossaryProblem[]): Set<string> {
  const ids = new Map<string, string>();
  sources.forEach((raw, index) => {
    const r = reporter(out, 'source', recordId(raw, index));
    if (!isRecord(raw)) {
      add(r, '(record)', 'is not an object');
      return;
    }
    checkId(r, raw.id, ids);
    r.text(raw.title, 'title');
    r.text(raw.publisher, 'publisher');
    const url = r.text(raw.url, 'url');
    if (url !== undefined && !isWebAddress(url, true)) {
      add(r, 'url', 'must be an https:// address');
    }
    if (!isSourceKind(raw.kind)) {
      add(r, 'kind', `must be one of ${SOURCE_KINDS.join(', ')} (got ${JSON.stringify(raw.kind)})`);
    } else if (url !== undefined && !urlFitsKind(url, raw.kind)) {
      const hosts = (KIND_HOSTS[raw.kind] ?? []).join(', ');
      add(
        r,
        'url',
        `is not on a site of kind "${raw.kind}" (${hosts}): a copy elsewhere is "secondary"`,
      );
    }
    if (raw.version !== undefined) r.text(raw.version, 'version');
    if (raw.accessed !== undefined) {
      if (typeof raw.accessed !== 'string' || !isRealDate(raw.accessed)) {
        const got = JSON.stringify(raw.accessed);
        add(r, 'accessed', `must be a real date as YYYY-MM-DD (got ${got})`);
      }
    }
    if (!('lastRevised' in raw) || raw.lastRevised === undefined) {
      add(r, 'lastRevised', 'is missing (use null when the source gives no date)');
    } else if (raw.lastRevised !== null) {
      if (typeof raw.lastRevised !== 'string' || !isRealDate(raw.lastRevised)) {
        const got = JSON.stringify(raw.lastRevised);
        add(r, 'lastRevised', `must be a real date as YYYY-MM-DD, or null (got ${got})`);
      }
    }
  });
  return new Set(ids.keys());
}

function checkFact(r: Reporter, value: unknown, path: string, sourceIds: Set<string>): void {
  if (value === undefined || value === null) {
    add(r, path, 'is missing');
    return;
  }
  if (!isRecord(value)) {
    add(r, path, 'must be a fact ({ text, source })');
    return;
  }
  r.text(value.text, `${path}.text`);
  const source = r.text(value.source, `${path}.source`);
  if (source !== undefined && !sourceIds.has(source)) {
    add(r, `${path}.source`, `names unknown source "${source}"`);
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
  const list = r.list(record[field], path);
  if (!list) return;
  if (required && list.length === 0) add(r, path, 'is empty');
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
    add(r, 'student', 'must be an object ({ summary, facts, properTerms?, monitoring? })');
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
      add(
        r,
        `${path}.source`,
        `names source "${source}", which has no date (lastRevised or accessed)`,
      );
    }
    if (typeof text === 'string' && patient.has(text.trim())) {
      add(r, `${path}.text`, `repeats the patient level word for word ("${text.trim()}")`);
    }
  }
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

  const entryIds = idsOf(entries);
  const seenIds = new Map<string, string>();
  const claimed: ClaimedForm[] = [];

  entries.forEach((raw, index) => {
    const r = reporter(out, 'entry', recordId(raw, index));
    if (!isRecord(raw)) {
      add(r, '(record)', 'is not an object');
      return;
    }
    const ownId = checkId(r, raw.id, seenIds);
    r.text(raw.name, 'name');
    const category = checkCategory(r, raw.category);
    checkForms(r, raw.forms, claimed);

    if (raw.pronunciation !== undefined) r.text(raw.pronunciation, 'pronunciation');
    // A respelling is a fact like any other: it names where it comes from.
    if (raw.pronunciationSource !== undefined) {
      const ps = r.text(raw.pronunciationSource, 'pronunciationSource');
      if (ps !== undefined && !sourceIds.has(ps)) {
        add(r, 'pronunciationSource', `names unknown source "${ps}"`);
      }
      if (raw.pronunciation === undefined) {
        add(r, 'pronunciationSource', 'is set, but the entry has no pronunciation');
      }
    }

    const summary = r.text(raw.summary, 'summary');
    if (summary !== undefined) {
      if (!/[.!?]$/.test(summary)) add(r, 'summary', 'must end with a full stop');
      if (SENTENCE_BREAK.test(summary)) add(r, 'summary', 'must be one sentence');
    }
    const explanation = r.text(raw.explanation, 'explanation');
    if (explanation !== undefined && !/[.!?]$/.test(explanation)) {
      add(r, 'explanation', 'must end with a full stop');
    }
    if (raw.explanationFacts !== undefined) {
      checkFactList(r, raw, 'explanationFacts', 'explanationFacts', sourceIds, true);
      const facts = raw.explanationFacts;
      if (Array.isArray(facts) && explanation !== undefined) {
        const joined = facts.map((f) => (isRecord(f) ? f.text : '')).join(' ');
        if (joined !== explanation) {
          add(r, 'explanationFacts', 'joined with spaces must be exactly the explanation');
        }
      }
    }

    // Drug facts: required for drugs, and only for drugs.
    const isDrug = category === 'drug';
    const knownCategory = category !== undefined;
    if (raw.drug === undefined) {
      if (isDrug) add(r, 'drug', 'is missing (every drug needs drugClass, target and howGiven)');
    } else if (!isRecord(raw.drug)) {
      add(r, 'drug', 'must be an object');
    } else {
      if (!isDrug && knownCategory) add(r, 'drug', 'is only allowed on entries of category "drug"');
      for (const field of ['drugClass', 'target', 'howGiven'] as const) {
        checkFact(r, raw.drug[field], `drug.${field}`, sourceIds);
      }
    }

    // Side effects: required for drugs, allowed on other entries (e.g. a drug class).
    if (raw.sideEffects === undefined) {
      if (isDrug) add(r, 'sideEffects', 'is missing');
    } else if (!isRecord(raw.sideEffects)) {
      add(r, 'sideEffects', 'must be an object');
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
      if (se.commonOfGroup !== undefined) r.text(se.commonOfGroup, 'sideEffects.commonOfGroup');
    }

    if (raw.student !== undefined) checkStudentLevel(r, raw, sourceIds, datedSourceIds);

    checkRelated(r, raw.related, ownId, entryIds, { required: true });

    const source = r.text(raw.source, 'source');
    if (source !== undefined && !sourceIds.has(source)) {
      add(r, 'source', `names unknown source "${source}"`);
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
