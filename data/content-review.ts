/**
 * docs/content-review.md, built from the data: for every entry, each fact with the source it rests
 * on, that source's revision, and the date the fact was checked against it (the day the source was
 * read, `accessed`). `npm run content-review` writes the file (scripts/content-review.mjs); a data
 * test fails when the file and the data differ.
 */
import { citedFacts } from './cited-facts';
import { isPrimarySource } from './source-kinds';
import type { GlossaryEntry, Source } from './types';

export const CONTENT_REVIEW_PATH = 'docs/content-review.md';
export const CONTENT_REVIEW_COMMAND = 'npm run content-review';

const PART_LABELS: Record<string, string> = {
  summary: 'Summary',
  explanation: 'Explanation',
  explanationFacts: 'Explanation',
  pronunciation: 'How to say it',
  'drug.drugClass': 'Drug class',
  'drug.target': 'Target',
  'drug.howGiven': 'How given',
  'sideEffects.common': 'Common side effect',
  'sideEffects.otherPossible': 'Other possible side effect',
  'sideEffects.serious': 'Serious side effect',
  'sideEffects.callCareTeam': 'Call your care team',
  'sideEffects.notes': 'Side-effect note',
  'student.summary': 'Student: summary',
  'student.facts': 'Student: fact',
  'student.properTerms': 'Student: proper term',
  'student.monitoring': 'Student: monitoring',
};

/** "sideEffects.common[2]" -> "Common side effect 3"; unknown paths are shown as they are. */
export function partLabel(path: string): string {
  const m = /^(.*?)(?:\[(\d+)\])?$/.exec(path)!;
  const base = PART_LABELS[m[1]!];
  if (!base) return path;
  return m[2] === undefined ? base : `${base} ${Number(m[2]) + 1}`;
}

/** Text safe inside one table cell. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

function revision(s: Source): string {
  const parts = [s.lastRevised ? `revised ${s.lastRevised}` : 'date not given'];
  if (s.version) parts.push(s.version);
  return parts.join('; ');
}

const row = (cells: string[]): string => `| ${cells.map(cell).join(' | ')} |`;

export function renderContentReview(
  entries: readonly GlossaryEntry[],
  sources: readonly Source[],
): string {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const facts = entries.flatMap((e) => citedFacts(e));
  const secondary = new Set(
    facts.map((f) => byId.get(f.source)).filter((s) => s && !isPrimarySource(s)),
  );
  const onSecondary = facts.filter((f) => {
    const s = byId.get(f.source);
    return s && !isPrimarySource(s);
  }).length;

  const out: string[] = [
    '# Content review',
    '',
    `Generated from the glossary data by \`${CONTENT_REVIEW_COMMAND}\`; do not edit it by hand. A data test`,
    '(data/\\_\\_tests\\_\\_/content-review.test.ts) fails when this file and the data differ.',
    '',
    'For every entry, each fact with the source it rests on, the version of that source, and the date the',
    'fact was checked against it: the day the source was read (`accessed` in data/sources.ts), or "not',
    'recorded". Kinds of source are explained in data/source-kinds.ts; "secondary" sources are still to be',
    'replaced (data/secondary-sources-todo.ts).',
    '',
    `${entries.length} entries, ${facts.length} facts, ${sources.length} sources. Facts on a secondary source: ${onSecondary}, citing ${secondary.size} sources.`,
    '',
  ];
  for (const e of entries) {
    out.push(`## ${e.name} (\`${e.id}\`)`, '');
    out.push(row(['Part', 'Fact', 'Source', 'Source version', 'Checked']));
    out.push('| --- | --- | --- | --- | --- |');
    for (const f of citedFacts(e)) {
      const s = byId.get(f.source);
      out.push(
        row([
          partLabel(f.path),
          f.text,
          s ? `${s.id} (${s.kind ?? 'no kind'})` : `${f.source} (unknown)`,
          s ? revision(s) : '',
          s?.accessed ?? 'not recorded',
        ]),
      );
    }
    out.push('');
  }
  out.push('## Sources', '');
  out.push(row(['Id', 'Kind', 'Title', 'Publisher', 'Version', 'Read']));
  out.push('| --- | --- | --- | --- | --- | --- |');
  for (const s of sources) {
    out.push(
      row([
        s.id,
        s.kind ?? 'no kind',
        `[${s.title.replace(/[[\]]/g, '')}](${s.url})`,
        s.publisher,
        revision(s),
        s.accessed ?? 'not recorded',
      ]),
    );
  }
  out.push('');
  return out.join('\n');
}
