/**
 * The "For students" level (#17): validated like the patient level, dated sources, different from
 * the patient level, no dose wording, and TKI cards that finally tell the five drugs apart.
 * Each validator rule is first shown to fail on a broken copy, so no rule passes by default.
 */
import { cardData } from '../card';
import { doseLikePhrase } from '../content-rules';
import { GLOSSARY, SOURCES, findGlossaryProblems, getEntry, studentFacts } from '../index';
import type { GlossaryEntry, Source } from '../types';
import { sentences, words } from './text-helpers';

const entry = (id: string): GlossaryEntry => {
  const e = getEntry(id);
  if (!e) throw new Error(`no entry "${id}"`);
  return e;
};
const studentText = (id: string): string =>
  studentFacts(entry(id))
    .map((f) => f.text)
    .join(' ');

const TKIS = ['imatinib', 'dasatinib', 'nilotinib', 'ponatinib', 'bosutinib'];
/** Every built-in entry must have a student level (#17 follow-up: the last 18 were written). */
const WITH_STUDENT_LEVEL = GLOSSARY.map((e) => e.id);

const fieldsOf = (e: unknown, sources: readonly Source[] = SOURCES) =>
  findGlossaryProblems([...GLOSSARY.filter((g) => g.id !== (e as GlossaryEntry).id), e], sources)
    .filter((p) => p.entry === (e as GlossaryEntry).id)
    .map((p) => p.field);

describe('the student level in the validator', () => {
  const base = entry('dasatinib');
  const student = base.student!;

  it('accepts the real glossary', () => {
    expect(findGlossaryProblems(GLOSSARY, SOURCES)).toEqual([]);
  });

  it('rejects a student level that is not an object, or has no facts', () => {
    expect(fieldsOf({ ...base, student: 'technical text' })).toContain('student');
    expect(fieldsOf({ ...base, student: { ...student, facts: [] } })).toContain('student.facts');
    expect(fieldsOf({ ...base, student: { summary: student.summary } })).toContain('student.facts');
  });

  it('rejects a student fact without a source, or naming an unknown one', () => {
    const noSource = { ...base, student: { ...student, facts: [{ text: 'A fact.' }] } };
    expect(fieldsOf(noSource)).toContain('student.facts[0].source');
    const unknown = {
      ...base,
      student: { ...student, monitoring: [{ text: 'A fact.', source: 'no-such-source' }] },
    };
    expect(fieldsOf(unknown)).toContain('student.monitoring[0].source');
  });

  it('rejects a student fact whose source has no date', () => {
    const undated: Source = {
      id: 'undated-page',
      kind: 'paper',
      title: 'A page',
      publisher: 'Someone',
      url: 'https://example.org/page',
      lastRevised: null,
    };
    const e = {
      ...base,
      student: { ...student, facts: [{ text: 'A fact.', source: undated.id }] },
    };
    const problems = findGlossaryProblems([e], [...SOURCES, undated]).filter(
      (p) => p.entry === base.id,
    );
    expect(problems.map((p) => p.message)).toContain(
      'glossary entry "dasatinib": field "student.facts[0].source" names source "undated-page", which has no date (lastRevised or accessed)',
    );
  });

  it('rejects a student level that repeats the patient level word for word', () => {
    const copied = {
      ...base,
      student: { ...student, summary: { text: base.summary, source: base.source } },
    };
    expect(fieldsOf(copied)).toContain('student.summary.text');
    const copiedFact = {
      ...base,
      student: { ...student, properTerms: [base.drug!.target] },
    };
    expect(fieldsOf(copiedFact)).toContain('student.properTerms[0].text');
  });
});

describe('the student level in the glossary', () => {
  it('covers every built-in entry: none is left without a student level', () => {
    expect(GLOSSARY.length).toBeGreaterThan(0);
    expect(GLOSSARY.filter((e) => !e.student).map((e) => e.id)).toEqual([]);
    // The same check fails on a copy that lost one entry's student level.
    const bare: GlossaryEntry = { ...entry('remission'), student: undefined };
    const copy = GLOSSARY.map((e) => (e.id === bare.id ? bare : e));
    expect(copy.filter((e) => !e.student).map((e) => e.id)).toEqual(['remission']);
  });

  it.each(WITH_STUDENT_LEVEL)('%s has a student level with a summary and facts', (id) => {
    const s = entry(id).student;
    expect(s?.summary.text).toBeTruthy();
    expect(s?.facts.length).toBeGreaterThan(0);
  });

  it('dates every source the student level cites, and gives it an address', () => {
    const byId = new Map(SOURCES.map((s) => [s.id, s]));
    for (const e of GLOSSARY) {
      for (const f of studentFacts(e)) {
        const s = byId.get(f.source);
        expect(s, `${e.id}: ${f.text}`).toBeDefined();
        expect(s!.url).toMatch(/^https:\/\/\S+\.\S+/);
        expect(s!.lastRevised ?? s!.accessed, `${e.id}: ${s!.id}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('has no dose or schedule wording at the student level', () => {
    for (const e of GLOSSARY) {
      for (const f of studentFacts(e))
        expect(doseLikePhrase(f.text), `${e.id}: ${f.text}`).toBeNull();
    }
  });

  it('stays calm and short: no exclamation marks, sentences of at most 30 words', () => {
    for (const e of GLOSSARY) {
      for (const f of studentFacts(e)) {
        expect(f.text, e.id).not.toContain('!');
        expect(f.text, e.id).not.toMatch(/\b(?:deadly|terrifying|dangerous)\b/i);
        for (const s of sentences(f.text)) {
          expect(words(s).length, `${e.id}: ${s}`).toBeLessThanOrEqual(30);
        }
      }
      expect(sentences(e.student?.summary.text ?? 'One.').length, e.id).toBe(1);
    }
  });

  it('differs from the patient level: no shared sentence, a different summary', () => {
    for (const e of GLOSSARY.filter((g) => g.student)) {
      expect(e.student!.summary.text, e.id).not.toBe(e.summary);
      const patient = new Set(
        [e.summary, ...(e.explanationFacts ?? []).map((f) => f.text)].flatMap(sentences),
      );
      for (const f of studentFacts(e)) {
        for (const s of sentences(f.text)) expect(patient.has(s), `${e.id}: ${s}`).toBe(false);
      }
    }
  });

  it('carries the student level and its dated sources on the card', () => {
    const card = cardData('ponatinib')!;
    expect(card.entry.student?.summary.text).toMatch(/third-generation/);
    expect(card.studentSources?.map((s) => s.id)).toContain('miller-2014-ponatinib-review');
    for (const s of card.studentSources ?? []) expect(s.read ?? s.revised).toBeTruthy();
    // The patient level's sources are its own: the ACS page first, then the drug's label.
    expect(card.sources[0]?.id).toBe('acs-targeted-therapy-all');
    expect(card.sources.map((s) => s.id)).toContain('dailymed-iclusig-label');
    expect(card.sources.map((s) => s.id)).not.toContain('miller-2014-ponatinib-review');
  });
});

describe('the five TKIs at student level', () => {
  it('are no longer the same card: every summary and every set of facts differs', () => {
    const summaries = TKIS.map((id) => entry(id).student!.summary.text);
    expect(new Set(summaries).size).toBe(TKIS.length);
    // Even with the drug's name taken out, no two read the same.
    const scrubbed = TKIS.map((id) =>
      studentText(id).replace(new RegExp(entry(id).name, 'gi'), 'X'),
    );
    expect(new Set(scrubbed).size).toBe(TKIS.length);
  });

  it.each(TKIS)('%s says where it stands on Ph+ ALL, as its label states, and on T315I', (id) => {
    const text = studentText(id);
    expect(text).toMatch(/Ph\+ ALL on its label|Not approved for Ph\+ ALL/);
    expect(text).toMatch(/T315I/);
  });

  it('names ponatinib, and only ponatinib, as active against T315I', () => {
    expect(studentText('ponatinib')).toMatch(/only approved TKI active against T315I/);
    for (const id of TKIS.filter((t) => t !== 'ponatinib')) {
      expect(studentText(id)).toMatch(/does not inhibit BCR-ABL1 carrying the T315I mutation/);
    }
  });

  it('gives each its generation or place among the five', () => {
    expect(entry('imatinib').student!.summary.text).toMatch(/BCR-ABL oncogene/);
    expect(entry('dasatinib').student!.summary.text).toMatch(/second-generation/);
    expect(entry('nilotinib').student!.summary.text).toMatch(/Ph\+ chronic myeloid leukemia/);
    expect(entry('ponatinib').student!.summary.text).toMatch(/third-generation/);
    expect(entry('bosutinib').student!.summary.text).toMatch(/dual SRC-ABL1/);
  });

  it('names each drug’s own serious effects and what is monitored', () => {
    expect(studentText('nilotinib')).toMatch(/QT prolongation/);
    expect(studentText('nilotinib')).toMatch(/ECGs measure the QTc/);
    expect(studentText('dasatinib')).toMatch(/Pleural effusion/);
    expect(studentText('dasatinib')).toMatch(/Pulmonary arterial hypertension/);
    expect(studentText('ponatinib')).toMatch(/Arterial occlusive events/);
    expect(studentText('ponatinib')).toMatch(/liver function/);
    expect(studentText('imatinib')).toMatch(/ATP-binding site/);
  });
});

describe('the antibody drugs at student level', () => {
  it('gives blinatumomab its class, targets, MRD use and boxed warning', () => {
    const text = studentText('blinatumomab');
    expect(text).toMatch(/bispecific T-cell engager/);
    expect(text).toMatch(/MRD/);
    expect(text).toMatch(/Cytokine release syndrome/);
    expect(text).toMatch(/ICANS/);
  });

  it('gives inotuzumab its target, payload and liver toxicity in proper terms', () => {
    const text = studentText('inotuzumab-ozogamicin');
    expect(text).toMatch(/CD22-directed antibody-drug conjugate/);
    expect(text).toMatch(/calicheamicin/);
    expect(text).toMatch(/Sinusoidal obstruction syndrome/);
  });
});

describe('the concepts and side effects at student level', () => {
  const sourcesOf = (id: string) => new Set(studentFacts(entry(id)).map((f) => f.source));

  it.each([
    'edema',
    'low-blood-counts',
    'low-platelet-count',
    'low-red-blood-cell-count',
    'low-white-blood-cell-count',
    'infusion-reaction',
  ])('%s gives its proper CTCAE terms, citing CTCAE v5.0', (id) => {
    expect(sourcesOf(id).has('nci-ctcae-v5')).toBe(true);
    expect(studentText(id)).toMatch(/CTCAE/);
  });

  it('defines the grades as thresholds, never as advice', () => {
    expect(studentText('low-platelet-count')).toMatch(/below 25,000\/mm³/);
    expect(studentText('low-white-blood-cell-count')).toMatch(/Febrile neutropenia/);
    for (const id of ['low-platelet-count', 'low-white-blood-cell-count', 'edema']) {
      expect(studentText(id)).not.toMatch(/\b(?:should|must|you|your)\b/i);
    }
  });

  it('calls VOD by its proper name and ties it to inotuzumab’s label', () => {
    const text = studentText('veno-occlusive-disease');
    expect(entry('veno-occlusive-disease').student!.summary.text).toMatch(
      /sinusoidal obstruction syndrome/i,
    );
    expect(text).toMatch(/inotuzumab/);
    // The label itself, not a copy of it on a vendor's site (issue #24).
    expect(sourcesOf('veno-occlusive-disease').has('dailymed-besponsa-label-2024')).toBe(true);
  });

  it('names inotuzumab’s QT warning from its DailyMed label', () => {
    const qt = studentFacts(entry('inotuzumab-ozogamicin')).filter((f) => /QT/.test(f.text));
    expect(qt.map((f) => f.source)).toContain('dailymed-besponsa-label-2024');
    expect(studentText('qt-prolongation')).toMatch(/inotuzumab/);
  });

  it('gives the Ph+ ALL and BCR-ABL cards their transcripts and the ALL card its lineages', () => {
    expect(studentText('ph-positive-all')).toMatch(/p190/);
    expect(studentText('bcr-abl')).toMatch(/tyrosine kinase/);
    expect(studentText('acute-lymphocytic-leukemia')).toMatch(/B or T lymphocytes/);
    expect(studentText('remission')).toMatch(/CRi/);
  });
});

describe('figures from old trials carry their context (#27)', () => {
  // Outcome figures from the chemotherapy-only trials (Gleißner 2002, CALGB 8811 1995) say so,
  // with the year they were reported, so no reader takes them for today's odds.
  const OLD_TRIALS = new Set(['blood-gleissner-bcr-abl-adult-all', 'larson-1995-calgb-8811']);
  const OUTCOME = /surviv|remission|response/i;

  it('names the treatment and the year of every outcome figure from them', () => {
    const withContext = (text: string) =>
      /chemotherapy alone/.test(text) && /reported in (1995|2002)/.test(text);
    let figures = 0;
    for (const e of GLOSSARY) {
      const facts = studentFacts(e);
      facts.forEach((f, i) => {
        if (!OLD_TRIALS.has(f.source) || !/\d%/.test(f.text) || !OUTCOME.test(f.text)) return;
        figures++;
        // Either the figure says it, or it says "that study" right after a fact that does.
        const before = facts[i - 1];
        const follows =
          /\b(that study|those trials)\b/.test(f.text) &&
          before?.source === f.source &&
          withContext(before.text);
        expect(withContext(f.text) || follows, f.text).toBe(true);
      });
    }
    expect(figures).toBeGreaterThanOrEqual(3);
  });
});
