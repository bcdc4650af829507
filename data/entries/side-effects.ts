/**
 * Side effects a reader may want explained. Writing rules: see the top of concepts.ts.
 *
 * Chosen: the ones with a medical name or a blood-count meaning that readers look up. Left out as
 * entries: diarrhea, nausea, fatigue, rash and muscle pain. Everyone knows those words and they
 * appear on all kinds of pages, so highlighting them would be noise; the drug cards list them.
 * For the same reason plain "swelling" is not a form of "edema".
 */
import { ACS_IMMUNO, ACS_TARGETED, FDA_BESPONSA } from '../sources';
import type { GlossaryEntry } from '../types';

export const SIDE_EFFECT_ENTRIES: readonly GlossaryEntry[] = [
  {
    id: 'edema',
    name: 'Swelling (edema)',
    category: 'side-effect',
    forms: [
      { text: 'edema' },
      { text: 'oedema' },
      { text: 'periorbital edema' },
      { text: 'periorbital oedema' },
      { text: 'peripheral edema' },
      { text: 'peripheral oedema' },
    ],
    summary: 'Edema is swelling caused by extra fluid building up in the body.',
    explanation:
      'Swelling of the hands, the feet, or the skin around the eyes is a common side effect of TKIs, such as imatinib. ' +
      'Like the other TKI side effects, it can be stronger when the dose is higher than usual. ' +
      'Periorbital edema means swelling around the eyes. ' +
      'Peripheral edema means swelling in the hands, feet or legs.',
    related: ['tyrosine-kinase-inhibitor', 'imatinib', 'blinatumomab'],
    source: ACS_TARGETED,
  },
  {
    id: 'low-platelet-count',
    name: 'Low platelet count (thrombocytopenia)',
    category: 'side-effect',
    forms: [
      { text: 'low platelet count' },
      { text: 'lower platelet count' },
      { text: 'low platelets' },
      { text: 'thrombocytopenia' },
    ],
    summary: 'A low platelet count means there are fewer platelets in the blood than normal.',
    explanation:
      'Platelets are tiny pieces of cells that help blood clot and stop bleeding. ' +
      'With too few, you may bruise or bleed more easily. ' +
      'TKIs can lower platelet counts, mostly when treatment first starts. ' +
      'The medical name for a low platelet count is thrombocytopenia.',
    related: ['tyrosine-kinase-inhibitor', 'low-red-blood-cell-count', 'inotuzumab-ozogamicin'],
    source: ACS_TARGETED,
  },
  {
    id: 'low-red-blood-cell-count',
    name: 'Low red blood cell count (anemia)',
    category: 'side-effect',
    forms: [
      { text: 'low red blood cell count' },
      { text: 'lower red blood cell count' },
      { text: 'low red cell count' },
      { text: 'anemia' },
      { text: 'anaemia' },
    ],
    summary:
      'A low red blood cell count, also called anemia, means the blood has fewer red blood cells than normal.',
    explanation:
      'Red blood cells carry oxygen from the lungs to the rest of the body. ' +
      'When there are too few, you may feel tired, weak or short of breath. ' +
      'TKIs can lower red blood cell counts, mostly when treatment first starts.',
    related: ['tyrosine-kinase-inhibitor', 'low-platelet-count'],
    source: ACS_TARGETED,
  },
  {
    id: 'low-white-blood-cell-count',
    name: 'Low white blood cell count',
    category: 'side-effect',
    forms: [
      { text: 'low white blood cell count' },
      { text: 'low white cell count' },
      { text: 'leukopenia' },
      { text: 'leucopenia' },
      { text: 'neutropenia' },
    ],
    summary:
      'A low white blood cell count means the blood has fewer of the cells that fight germs.',
    explanation:
      'White blood cells help the body fight infections. ' +
      'When their count is low, infections are more likely and can be serious. ' +
      'Blinatumomab (Blincyto) can cause low white blood cell counts. ' +
      'Doctors may call this leukopenia. ' +
      'Neutropenia means a low count of neutrophils, the most common kind of white blood cell.',
    related: ['blinatumomab', 'inotuzumab-ozogamicin', 'low-platelet-count'],
    source: ACS_IMMUNO,
  },
  {
    id: 'infusion-reaction',
    name: 'Infusion reaction',
    category: 'side-effect',
    forms: [{ text: 'infusion reaction' }, { text: 'infusion-related reaction' }],
    summary:
      'An infusion reaction is a reaction to a drug that happens while it drips into a vein, or soon after.',
    explanation:
      'It can be serious. ' +
      'Signs include feeling dizzy or light-headed, which can come from low blood pressure. ' +
      'Other signs are headache, nausea, fever or chills, shortness of breath and wheezing. ' +
      'Tell your care team right away if you have any of these. ' +
      'Blinatumomab (Blincyto) can cause infusion reactions.',
    related: ['blinatumomab', 'inotuzumab-ozogamicin'],
    source: ACS_IMMUNO,
  },
  {
    id: 'veno-occlusive-disease',
    name: 'Veno-occlusive disease (VOD)',
    category: 'side-effect',
    // "VOD" is left out: on most pages it means "video on demand".
    forms: [
      { text: 'veno-occlusive disease' },
      { text: 'hepatic veno-occlusive disease' },
      { text: 'sinusoidal obstruction syndrome' },
    ],
    summary:
      'Veno-occlusive disease (VOD) is a kind of liver damage in which small veins inside the liver get blocked.',
    explanation:
      'It is a serious side effect named in the boxed warning for inotuzumab ozogamicin (Besponsa). ' +
      'Signs can include yellow skin or eyes, dark urine, belly pain or swelling, and gaining weight fast. ' +
      'Tell your care team right away if you notice any of these. ' +
      'Doctors also call it sinusoidal obstruction syndrome.',
    related: ['inotuzumab-ozogamicin'],
    source: FDA_BESPONSA,
  },
];
