/**
 * Issue #24: every fact (patient and student level, summary, explanation, drug facts, side
 * effects, pronunciation) rests on a primary source. Secondary sources still cited are listed in
 * data/secondary-sources-todo.ts, a list that may only shrink.
 */
import { citedFacts } from '../cited-facts';
import { GLOSSARY, SOURCES } from '../index';
import { SECONDARY_SOURCES_TODO } from '../secondary-sources-todo';
import { isPrimarySource } from '../source-kinds';
import type { GlossaryEntry, Source } from '../types';

const byId = new Map(SOURCES.map((s) => [s.id, s]));

/** "entry: path cites id (kind)" for each fact resting on a secondary source not on the list. */
function unlistedSecondaryCitations(
  entries: readonly GlossaryEntry[],
  sources: ReadonlyMap<string, Source>,
  todo: readonly string[],
): string[] {
  const allowed = new Set(todo);
  const out: string[] = [];
  for (const e of entries) {
    for (const f of citedFacts(e)) {
      const s = sources.get(f.source);
      if (s && !isPrimarySource(s) && !allowed.has(s.id)) {
        out.push(`${e.id}: ${f.path} cites "${s.id}" (${s.kind ?? 'no kind'})`);
      }
    }
  }
  return out;
}

const cited = new Set(GLOSSARY.flatMap((e) => citedFacts(e).map((f) => f.source)));

describe('primary sources only', () => {
  it('finds a fact on a secondary source that is not on the to-do list', () => {
    const e = GLOSSARY[0]!;
    const broken: GlossaryEntry = { ...e, summary: e.summary, source: 'a-copy' };
    const copy: Source = {
      id: 'a-copy',
      kind: 'secondary',
      title: 'A copy',
      publisher: 'Someone',
      url: 'https://example.org/copy',
      lastRevised: null,
    };
    expect(unlistedSecondaryCitations([broken], new Map([...byId, [copy.id, copy]]), [])).toContain(
      `${e.id}: summary cites "a-copy" (secondary)`,
    );
  });

  it('walks every part of an entry, a sourced pronunciation included', () => {
    const e = GLOSSARY.find((g) => g.student && g.sideEffects && g.drug)!;
    const withSaying = { ...e, pronunciation: 'da-SA-tih-nib', pronunciationSource: 'x' };
    const paths = citedFacts(withSaying).map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'summary',
        'explanationFacts[0]',
        'drug.drugClass',
        'sideEffects.common[0]',
        'student.summary',
        'student.facts[0]',
        'pronunciation',
      ]),
    );
    const pron = citedFacts(withSaying).find((f) => f.path === 'pronunciation');
    expect(pron).toEqual({ path: 'pronunciation', text: 'da-SA-tih-nib', source: 'x' });
  });

  it('cites no secondary source beyond the to-do list', () => {
    expect(unlistedSecondaryCitations(GLOSSARY, byId, SECONDARY_SOURCES_TODO)).toEqual([]);
  });

  it('lists on the to-do list only secondary sources that facts still cite (the list only shrinks)', () => {
    const stale = SECONDARY_SOURCES_TODO.filter((id) => {
      const s = byId.get(id);
      return !s || isPrimarySource(s) || !cited.has(id);
    });
    expect(
      stale,
      'remove these ids from data/secondary-sources-todo.ts (no longer cited, unknown, or not secondary)',
    ).toEqual([]);
    expect(new Set(SECONDARY_SOURCES_TODO).size).toBe(SECONDARY_SOURCES_TODO.length);
  });
});
