/**
 * Side effects a reader may want explained. Writing rules: see the top of concepts.ts.
 *
 * Chosen: the ones with a medical name or a blood-count meaning that readers look up. Left out as
 * entries: diarrhea, nausea, fatigue, rash and muscle pain. Everyone knows those words and they
 * appear on all kinds of pages, so highlighting them would be noise; the drug cards list them.
 *
 * Guarded forms: plain "swelling" is not a form of "edema" (a swollen river, a swelling crowd);
 * only the source documents' own phrases are ("swelling around the eyes or in the hands or feet",
 * "swelling of the hands and feet"). Likewise "lower red blood cell and platelet counts" is one
 * phrase of "low blood counts", not the bare words "platelet" or "counts".
 */
import {
  ACS_EDEMA,
  ACS_IMMUNO,
  ACS_TARGETED,
  CCS_ANEMIA,
  EVIQ_THROMBOCYTOPENIA as EVIQ,
  FDA_BESPONSA,
  NCCN_PATIENTS_ALL as NCCN,
} from '../sources';
import type { GlossaryEntry } from '../types';
import { explained, fact } from './facts';

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
      // The source documents' own wording (ACS targeted therapy page; ACS immunotherapy page).
      { text: 'swelling around the eyes or in the hands or feet' },
      { text: 'swelling around the eyes' },
      { text: 'swelling in the hands or feet' },
      { text: 'swelling of the hands and feet' },
      { text: 'swelling of hands and feet' },
      { text: 'swelling of the feet and hands' },
    ],
    summary: 'Edema is swelling caused by fluid building up in the body.',
    ...explained(
      fact(
        'Swelling around the eyes or in the hands or feet is a common side effect of TKIs.',
        ACS_TARGETED,
      ),
      fact(
        'Swelling of the hands and feet is a common side effect of blinatumomab (Blincyto).',
        ACS_IMMUNO,
      ),
      fact('Swelling in the arms, legs, hands or feet is called peripheral edema.', ACS_EDEMA),
      fact('Tell your care team if you have new swelling, or swelling that gets worse.', ACS_EDEMA),
    ),
    related: ['tyrosine-kinase-inhibitor', 'imatinib', 'blinatumomab'],
    source: ACS_EDEMA,
  },
  {
    id: 'low-blood-counts',
    name: 'Low blood counts',
    category: 'side-effect',
    forms: [
      { text: 'lower red blood cell and platelet count' },
      { text: 'low red blood cell and platelet count' },
      { text: 'low blood count' },
      { text: 'lower blood count' },
      { text: 'low blood cell count' },
    ],
    summary: 'Low blood counts mean the blood has fewer blood cells than normal.',
    ...explained(
      fact('Blood has three main kinds of cells.', NCCN),
      fact('Platelets help control bleeding.', NCCN),
      fact('Red blood cells carry oxygen through the body.', NCCN),
      fact('White blood cells help fight germs.', NCCN),
      fact(
        'TKIs can lower red blood cell and platelet counts at the start of treatment.',
        ACS_TARGETED,
      ),
      fact(
        'Inotuzumab ozogamicin (Besponsa) can lower platelet and white blood cell counts.',
        FDA_BESPONSA,
      ),
    ),
    related: [
      'low-platelet-count',
      'low-red-blood-cell-count',
      'low-white-blood-cell-count',
      'tyrosine-kinase-inhibitor',
      'inotuzumab-ozogamicin',
    ],
    source: NCCN,
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
    ...explained(
      fact('Platelets are blood cells that help control bleeding.', NCCN),
      fact('With too few, you may bruise easily or bleed more from cuts.', EVIQ),
      fact('TKIs can lower platelet counts at the start of treatment.', ACS_TARGETED),
      fact('The medical name for it is thrombocytopenia.', EVIQ),
    ),
    related: ['low-blood-counts', 'tyrosine-kinase-inhibitor', 'inotuzumab-ozogamicin'],
    source: EVIQ,
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
      'A low red blood cell count, or anemia, means the blood has too few healthy red blood cells.',
    ...explained(
      fact('Red blood cells carry oxygen through the body.', NCCN),
      fact('With too few, you may feel tired, weak, dizzy or short of breath.', CCS_ANEMIA),
      fact('TKIs can lower red blood cell counts at the start of treatment.', ACS_TARGETED),
    ),
    related: ['low-blood-counts', 'tyrosine-kinase-inhibitor', 'low-platelet-count'],
    source: CCS_ANEMIA,
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
    ...explained(
      fact('White blood cells help the body fight germs and infections.', NCCN),
      fact('When their count is low, serious infections are more likely.', ACS_IMMUNO),
      fact('Blinatumomab (Blincyto) can cause low white blood cell counts.', ACS_IMMUNO),
      fact('So can inotuzumab ozogamicin (Besponsa).', FDA_BESPONSA),
    ),
    related: ['low-blood-counts', 'blinatumomab', 'inotuzumab-ozogamicin', 'low-platelet-count'],
    source: NCCN,
  },
  {
    id: 'infusion-reaction',
    name: 'Infusion reaction',
    category: 'side-effect',
    forms: [{ text: 'infusion reaction' }, { text: 'infusion-related reaction' }],
    summary: 'An infusion reaction is a reaction to a drug that is dripped into a vein.',
    ...explained(
      fact('Tell your care team right away if you feel dizzy or light-headed.', ACS_IMMUNO),
      fact(
        'Also tell them right away about a headache, nausea, fever, chills, shortness of breath or wheezing.',
        ACS_IMMUNO,
      ),
      fact('These can be signs of an infusion reaction. It can be serious.', ACS_IMMUNO),
      fact('Feeling dizzy can come from low blood pressure.', ACS_IMMUNO),
      fact('Blinatumomab (Blincyto) can cause infusion reactions.', ACS_IMMUNO),
      fact('So can inotuzumab ozogamicin (Besponsa).', FDA_BESPONSA),
    ),
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
      'Veno-occlusive disease (VOD) is liver damage in which small veins in the liver get blocked.',
    ...explained(
      fact(
        'Call your care team right away if you have yellow skin or eyes, dark urine, belly pain or swelling, or fast weight gain.',
        FDA_BESPONSA,
      ),
      fact('These can be signs of VOD.', FDA_BESPONSA),
      fact('VOD is in the boxed warning for inotuzumab ozogamicin (Besponsa).', FDA_BESPONSA),
      fact('Doctors also call it sinusoidal obstruction syndrome.', FDA_BESPONSA),
    ),
    related: ['inotuzumab-ozogamicin'],
    source: FDA_BESPONSA,
  },
];
