/**
 * Course decks (#28): an imported glossary is a course a student studies. Its terms have cards
 * made from the file's own fields, as their own deck, in the page and saved-terms decks, and in the
 * exports with the course's tag. Decided here and in docs/study.md, replacing the earlier choice
 * that Study leaves imported terms out.
 */
import { describe, expect, it } from 'vitest';
import { checkGlossary } from '../../glossaries/check';
import { decodeText } from '../../glossaries/decode';
import type { ExchangeGlossary } from '../../glossaries/format';
import { readGlossaryFile } from '../../glossaries/read-file';
import {
  COURSE_CSV,
  COURSE_SUMMARIES,
  COURSE_TERM_NAMES,
  windows1252,
} from '../../../tests/support/course-week-3';
import { importedCardData } from '../../glossaries/imported-card';
import { coursesFromCards, type Course } from '../courses';
import { deckCards, deckQuery, deckTitle, parseDeckQuery, type Deck } from '../decks';
import { courseTag, toAnkiText, toCsv } from '../export';
import { glossaryCards, studySources } from '../index';

/** The course as the options page reads Excel's file: decoded, read and checked. */
function importCourse(): ExchangeGlossary {
  const bytes = windows1252(COURSE_CSV);
  const { text, encoding } = decodeText(bytes);
  expect(encoding).toBe('windows-1252');
  const read = readGlossaryFile({ fileName: 'Week 3 nursing.csv', text, bytes: bytes.length });
  expect(read.problems).toEqual([]);
  const checked = checkGlossary(read.raw!);
  expect(checked.problems).toEqual([]);
  return checked.glossary!;
}

const drugSource = {
  title: 'Week 4 handout',
  publisher: 'School of Nursing',
  url: 'https://example.org/week-4',
  date: '2026-09-08',
};

/** Two drugs whose side effects overlap in wording, as the exchange format carries them. */
const WEEK_4: ExchangeGlossary = {
  format: 'termlight-glossary',
  version: 1,
  name: 'Week 4',
  language: 'en',
  entries: [
    {
      id: 'allopurinol',
      name: 'Allopurinol',
      category: 'drug',
      forms: [{ text: 'allopurinol' }, { text: 'Zyloprim', brand: true }],
      summary: 'A pill that lowers uric acid.',
      explanation: 'It helps prevent tumor lysis syndrome.',
      drug: { drugClass: 'Xanthine oxidase inhibitor', target: 'Uric acid', howGiven: 'By mouth' },
      sideEffects: { common: ['Skin rash.'] },
      source: drugSource,
    },
    {
      id: 'rasburicase',
      name: 'Rasburicase',
      category: 'drug',
      forms: [{ text: 'rasburicase' }],
      summary: 'A drug given in a vein that breaks down uric acid.',
      explanation: 'It works fast.',
      drug: { drugClass: 'Enzyme', target: 'Uric acid', howGiven: 'In a vein' },
      sideEffects: { common: ['Rash.', 'Nausea.'] },
      source: drugSource,
    },
  ],
};

/** One imported glossary as Study gets it: the registry's cards of its entries. */
function courseFromGlossary(glossary: ExchangeGlossary, key: string): Course {
  const cards = glossary.entries.map((e) => importedCardData(glossary, key, e.id)!);
  const [course, ...more] = coursesFromCards(cards);
  expect(more).toEqual([]);
  return course!;
}

describe('a course glossary in Study', () => {
  it("reads Excel's 20-term Windows-1252 CSV with the right characters", () => {
    const glossary = importCourse();
    expect(glossary.entries.map((e) => e.name)).toEqual(COURSE_TERM_NAMES);
    expect(glossary.entries.map((e) => e.summary)).toEqual(COURSE_SUMMARIES);
    expect(glossary.entries.find((e) => e.id === 'implanted-port')!.explanation).toBe(
      'A special needle goes through the skin into the port; nothing shows when it isn’t in use.',
    );
    expect(JSON.stringify(glossary)).not.toMatch(/â€|Ã|\uFFFD/);
  });

  it('gives every term of the course a card, each naming the course and citing its source', () => {
    const course = courseFromGlossary(importCourse(), 'g3');
    const meanings = course.cards.filter((c) => c.kind === 'meaning');
    expect(meanings).toHaveLength(20);
    expect(meanings.map((c) => c.back)).toEqual(COURSE_SUMMARIES);
    expect(meanings[0]).toMatchObject({
      id: 'meaning:g3/central-venous-catheter-cvc',
      front: 'What does “central venous catheter (CVC)” mean?',
      entryIds: ['g3/central-venous-catheter-cvc'],
      course: { key: 'g3', name: 'Week 3 nursing' },
    });
    // Abbreviations in the names give their own cards, as in the built-in glossary.
    expect(
      course.cards.find((c) => c.id === 'abbreviation:g3/tumor-lysis-syndrome-tls'),
    ).toMatchObject({ front: 'What does TLS stand for?', back: 'Tumor lysis syndrome' });
    const sources = studySources([course]);
    for (const card of course.cards) {
      expect(card.course?.key, card.id).toBe('g3');
      for (const origin of card.origins) {
        expect(sources.find(origin.source), card.id).toMatchObject({
          title: 'Course notes – week 3',
          url: 'https://example.org/nursing/week-3',
          lastRevised: '2026-09-01',
        });
      }
    }
    // Every id is new: progress on a course never mixes with the built-in glossary's.
    const builtIn = new Set(glossaryCards().map((c) => c.id));
    expect(course.cards.filter((c) => builtIn.has(c.id))).toEqual([]);
  });

  it("answers a course's “which drugs” card from the course, naming it", () => {
    const course = courseFromGlossary(WEEK_4, 'g4');
    const rash = course.cards.find((c) => c.kind === 'side-effect-drugs' && /rash/.test(c.front));
    expect(rash).toMatchObject({
      id: 'side-effect-drugs:g4/rash',
      front: 'Which drugs in the glossary “Week 4” list rash among their common side effects?',
      back: 'allopurinol, rasburicase',
      entryIds: ['g4/allopurinol', 'g4/rasburicase'],
    });
    expect(
      course.cards.find((c) => c.id === 'brand-to-generic:g4/allopurinol:Zyloprim')?.back,
    ).toBe('allopurinol');
    expect(new Set(course.cards.map((c) => c.front)).size).toBe(course.cards.length);
  });
});

describe('course decks', () => {
  const week3 = courseFromGlossary(importCourse(), 'g3');
  const week4 = courseFromGlossary(WEEK_4, 'g4');
  const all = [...glossaryCards(), ...week3.cards, ...week4.cards];

  it("makes one course per glossary of the registry's cards, in their order", () => {
    const cards = [WEEK_4, importCourse()].flatMap((glossary, i) =>
      glossary.entries.map((e) => importedCardData(glossary, `g${i + 4}`, e.id)!),
    );
    expect(coursesFromCards(cards).map(({ key, name }) => ({ key, name }))).toEqual([
      { key: 'g4', name: 'Week 4' },
      { key: 'g5', name: 'Week 3 nursing' },
    ]);
  });

  it('each imported glossary is its own deck, with its own cards only', () => {
    const held = deckCards({ kind: 'course', key: 'g3' }, all);
    expect(new Set(held.map((c) => c.id))).toEqual(new Set(week3.cards.map((c) => c.id)));
    expect(deckCards({ kind: 'course', key: 'g9' }, all)).toEqual([]);
    expect(deckTitle({ kind: 'course', key: 'g3' }, 'Week 3 nursing')).toBe(
      'Your glossary “Week 3 nursing”',
    );
  });

  it("keeps Termlight's glossary and its kinds to the built-in cards", () => {
    expect(deckCards({ kind: 'glossary' }, all)).toHaveLength(glossaryCards().length);
    const drugs = deckCards({ kind: 'category', category: 'drug' }, all);
    expect(drugs.some((c) => c.course)).toBe(false);
  });

  it('puts the imported terms found on a page, and saved ones, in those decks', () => {
    const page = deckCards(
      { kind: 'page', termIds: ['g3/mucositis', 'imatinib', 'g4/rasburicase'] },
      all,
    );
    expect(page[0]!.id).toBe('meaning:g3/mucositis');
    expect(page.map((c) => c.id)).toEqual(
      expect.arrayContaining(['meaning:imatinib', 'meaning:g4/rasburicase']),
    );
    const saved = deckCards({ kind: 'saved' }, all, ['g3/petechiae']);
    expect(saved.map((c) => c.id)).toEqual(['meaning:g3/petechiae']);
  });

  it('round-trips a course deck and a page deck with imported terms through the address', () => {
    const known = (id: string) => id === 'imatinib' || id.startsWith('g3/');
    const decks: Deck[] = [
      { kind: 'course', key: 'g3' },
      { kind: 'page', termIds: ['g3/mucositis', 'imatinib'] },
    ];
    for (const deck of decks) {
      expect(parseDeckQuery(deckQuery(deck), known)).toEqual(deck);
    }
    expect(parseDeckQuery('?deck=course&glossary=../x', known)).toEqual({ kind: 'glossary' });
  });

  it("exports a course's cards with its tag and its source", () => {
    const cards = deckCards({ kind: 'course', key: 'g3' }, all);
    const sources = studySources([week3, week4]);
    const lines = toAnkiText(cards, sources).split('\n');
    const mucositis = lines.find((l) => l.startsWith('What does “mucositis” mean?'))!;
    expect(mucositis.split('\t')).toEqual([
      'What does “mucositis” mean?',
      'Sore, red or broken skin inside the mouth or gut.',
      'Course notes – week 3 (September 1, 2026), https://example.org/nursing/week-3',
      'termlight course::Week_3_nursing side-effect meaning',
    ]);
    expect(toCsv(cards, sources)).toContain(',termlight course::Week_3_nursing treatment meaning');
    // Built-in cards keep their tags.
    expect(toAnkiText(glossaryCards().slice(0, 1), sources)).not.toContain('course::');
  });

  it('makes one-word Anki tags of any glossary name', () => {
    expect(courseTag('  Week 3:\tnursing "ALL" ')).toBe('course::Week_3:_nursing_ALL');
    expect(courseTag('   ')).toBe('course::imported');
  });
});
