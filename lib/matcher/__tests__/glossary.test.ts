/**
 * The same rules against the real glossary in data/. Imported directly, so a renamed or moved
 * glossary fails here instead of skipping these tests.
 */
import { GLOSSARY } from '../../../data/index';
import { compileMatcher, findMatches } from '../index';

const ALL = 'acute-lymphocytic-leukemia';
const TKI = 'tyrosine-kinase-inhibitor';

describe('the real glossary', () => {
  const matcher = compileMatcher(GLOSSARY);
  const found = (text: string) => findMatches(matcher, text).map((m) => [m.text, m.id]);

  it.each<[string, [string, string][]]>([
    [
      "Patients with Ph+ ALL take imatinib's",
      [
        ['Ph+ ALL', 'ph-positive-all'],
        ['imatinib', 'imatinib'],
      ],
    ],
    ['Ph+ALL', [['Ph+ALL', 'ph-positive-all']]],
    [
      'Philadelphia chromosome-positive ALL',
      [['Philadelphia chromosome-positive ALL', 'ph-positive-all']],
    ],
    [
      'Philadelphia chromosome–positive\u00a0ALL',
      [['Philadelphia chromosome–positive\u00a0ALL', 'ph-positive-all']],
    ],
    [
      'Philadelphia chromosome-positive all',
      [['Philadelphia chromosome-positive', 'philadelphia-chromosome']],
    ],
    ['Ph-negative disease', [['Ph-negative', 'philadelphia-chromosome']]],
    ['B-cell ALL', [['B-cell ALL', 'b-cell-all']]],
    ['B‑ALL', [['B‑ALL', 'b-cell-all']]],
    [
      'T-cell ALL',
      [
        ['T-cell', 't-cell'],
        ['ALL', ALL],
      ],
    ],
    ['a blast of cold wind', []],
    ['lymphoblasts in the marrow', [['lymphoblasts', 'blast']]],
    [
      'CD19-positive B cells',
      [
        ['CD19', 'cd19'],
        ['B cells', 'b-cell'],
      ],
    ],
    ['adult ALL', [['ALL', ALL]]],
    ['acute lymphoblastic leukaemia', [['acute lymphoblastic leukaemia', ALL]]],
    ['ALL RIGHTS RESERVED', []],
    ['FREE SHIPPING ON ALL ORDERS', []],
    ['TREATMENT OPTIONS FOR ALL PATIENTS', []],
    ['CALL NOW', []],
    ['ALL-STAR', []],
    ['all patients', []],
    ['pH 7.4', []],
    ['Ph.D.', []],
    ['Ph-like ALL', [['ALL', ALL]]],
    ['the Philadelphia Eagles', []],
    ['TKIs', [['TKIs', TKI]]],
    ['tki', []],
    ['aTKI TKIX', []],
    ['Gleevec®', [['Gleevec®', 'imatinib']]],
    ['GLEEVEC', [['GLEEVEC', 'imatinib']]],
    ['Sprycel™', [['Sprycel™', 'dasatinib']]],
    ['imatinib mesylate', [['imatinib mesylate', 'imatinib']]],
    ['imatinib’s', [['imatinib', 'imatinib']]],
    ['BCR‑ABL', [['BCR‑ABL', 'bcr-abl']]],
    ['BCR–ABL', [['BCR–ABL', 'bcr-abl']]],
    ['BCR ABL', [['BCR ABL', 'bcr-abl']]],
    ['BCR::ABL1', [['BCR::ABL1', 'bcr-abl']]],
    ['targeted therapy', [['targeted therapy', 'targeted-therapy']]],
    ['targeted therapies', [['targeted therapies', 'targeted-therapy']]],
    ['targeted drugs', [['targeted drugs', 'targeted-therapy']]],
    ['targeted ads', []],
    ['chemo', [['chemo', 'chemotherapy']]],
    [
      'inotuzumab ozogamicin (Besponsa)',
      [
        ['inotuzumab ozogamicin', 'inotuzumab-ozogamicin'],
        ['Besponsa', 'inotuzumab-ozogamicin'],
      ],
    ],
    ['veno‑occlusive disease', [['veno‑occlusive disease', 'veno-occlusive-disease']]],
    // The source's own wording lights up as one term, not as pieces.
    [
      'A common side effect is swelling around the eyes or in the hands or feet.',
      [['swelling around the eyes or in the hands or feet', 'edema']],
    ],
    [
      'Other possible side effects include lower red blood cell and platelet counts at the start of treatment.',
      [['lower red blood cell and platelet counts', 'low-blood-counts']],
    ],
    ['swelling of the feet and hands, nausea', [['swelling of the feet and hands', 'edema']]],
    ['swelling around the eyes', [['swelling around the eyes', 'edema']]],
    ['lower red blood cell counts', [['lower red blood cell counts', 'low-red-blood-cell-count']]],
    // Guarded: "swelling" in any other sense, or on its own, is not a side effect.
    ['a swelling crowd at the door', []],
    ['the river was swelling after the rain', []],
    ['Swelling can have many causes.', []],
    ['swelling in the knee', []],
    ['platelet counts', []],
    // The student-level terms (#17), and the other senses of their words that must stay plain.
    [
      'relapsed or refractory B-cell ALL',
      [
        ['relapsed or refractory', 'relapsed-refractory'],
        ['B-cell ALL', 'b-cell-all'],
      ],
    ],
    ['Relapsed ALL in adults', [['Relapsed ALL', 'relapsed-refractory']]],
    ['He had a relapse of his back pain.', []],
    ['She relapsed into smoking after a month.', []],
    ['Refractory bricks line the kiln.', []],
    ['the refractory period of a neuron', []],
    ['the neurotoxicity of lead and mercury', []],
    // "Neurological toxicity" is wider than ICANS (#24): vincristine and methotrexate cause it too.
    ['Vincristine can cause neurological toxicity.', []],
    ['neurologic toxicity from methotrexate', []],
    ['Neurological toxicities occurred.', []],
    [
      'MRD-negative remission',
      [
        ['MRD', 'minimal-residual-disease'],
        ['remission', 'remission'],
      ],
    ],
    [
      'CRS and ICANS after CAR T-cell therapy',
      [
        ['CRS', 'cytokine-release-syndrome'],
        ['ICANS', 'icans'],
        ['CAR T-cell therapy', 'car-t-cell-therapy'],
      ],
    ],
    ['CALL THE CRS DESK NOW', []],
    ['crs', []],
    ['a car to the station', []],
    [
      'nilotinib and QT prolongation',
      [
        ['nilotinib', 'nilotinib'],
        ['QT prolongation', 'qt-prolongation'],
      ],
    ],
    ['qt prolongation', []],
    [
      'T315I-positive Ph+ ALL',
      [
        ['T315I', 't315i'],
        ['Ph+ ALL', 'ph-positive-all'],
      ],
    ],
    ['💊imatinib', [['imatinib', 'imatinib']]],
    ['иматиниб', []],
    ['imatinibé', []],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  const forms = GLOSSARY.flatMap((e) =>
    e.forms.map((f) => [f.text, !!f.caseSensitive, e.id] as const),
  );

  it.each(forms)('the form %j (exact case: %s) matches whole, as %s', (text, caseSensitive, id) => {
    expect(found(text)).toEqual([[text, id]]);
    if (!caseSensitive) expect(found(text.toUpperCase())).toEqual([[text.toUpperCase(), id]]);
  });
});
