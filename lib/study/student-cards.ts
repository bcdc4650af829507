/**
 * Cards from an entry's "For students" level (#28): its definition in proper terms, what its
 * boxed warning covers, what sets a drug apart (generation, T315I, approvals as labelled) and what
 * is monitored. Only made when the student level is on; every answer is the level's own facts.
 */
import type { Fact, GlossaryEntry } from '../../data/types';
import { t } from '../i18n';
import type { CardOrigin, StudyCard } from './cards';
import { nameInSentence } from './wording';

const BOXED_WARNING = /\bboxed warning\b/i;

interface Picked {
  facts: Fact[];
  origins: CardOrigin[];
}

function pick(
  entry: GlossaryEntry,
  field: string,
  facts: readonly Fact[],
  keep: (f: Fact) => boolean,
): Picked {
  const picked: Picked = { facts: [], origins: [] };
  facts.forEach((fact, index) => {
    if (!keep(fact)) return;
    picked.facts.push(fact);
    picked.origins.push({ entryId: entry.id, field: `${field}[${index}]`, source: fact.source });
  });
  return picked;
}

export function studentCards(entry: GlossaryEntry): StudyCard[] {
  const level = entry.student;
  if (!level) return [];
  const term = nameInSentence(entry);
  const base = { entryIds: [entry.id], category: entry.category };
  const card = (kind: StudyCard['kind'], front: string, { facts, origins }: Picked): StudyCard[] =>
    facts.length === 0
      ? []
      : [
          {
            ...base,
            id: `${kind}:${entry.id}`,
            kind,
            front,
            back: facts.map((f) => f.text).join(' '),
            origins,
          },
        ];

  const warning = (f: Fact) => BOXED_WARNING.test(f.text);
  const warnings = [
    pick(entry, 'student.facts', level.facts, warning),
    pick(entry, 'student.properTerms', level.properTerms ?? [], warning),
  ];
  return [
    ...card('student-summary', t('study_cardStudentSummary', { term }), {
      facts: [level.summary],
      origins: [{ entryId: entry.id, field: 'student.summary', source: level.summary.source }],
    }),
    ...(entry.drug
      ? [
          ...card('student-boxed-warning', t('study_cardBoxedWarning', { drug: term }), {
            facts: warnings.flatMap((w) => w.facts),
            origins: warnings.flatMap((w) => w.origins),
          }),
          ...card(
            'student-apart',
            t('study_cardDrugApart', { drug: term }),
            pick(entry, 'student.facts', level.facts, (f) => !warning(f)),
          ),
        ]
      : []),
    ...card(
      'student-monitoring',
      t('study_cardMonitoring', { term }),
      pick(entry, 'student.monitoring', level.monitoring ?? [], () => true),
    ),
  ];
}
