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
  DAILYMED_BESPONSA_2024,
  FDA_BESPONSA,
  INOTUZUMAB_REVIEW,
  LLS_GLOSSARY as LLS,
  MASIELLO_FLUID_RETENTION as MASIELLO,
  NCI_ANEMIA,
  NCI_BLEEDING,
  NCI_CTCAE_V5 as CTCAE,
  NCI_PDQ_ALL_PATIENT as PDQ_PATIENT,
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
    student: {
      summary: fact(
        'Swelling from excess fluid in the tissues; CTCAE grades edema of the limbs, face, trunk and periorbital area as separate terms.',
        CTCAE,
      ),
      facts: [
        fact(
          'Imatinib and nilotinib carry a fluid-retention risk, and dasatinib is the TKI most tied to pleural effusion.',
          MASIELLO,
        ),
      ],
      properTerms: [
        fact('Peripheral (limb) edema: fluid in the upper or lower extremities.', CTCAE),
        fact(
          'Periorbital edema: fluid around the orbits; it is grade 2 once indurated or pitting.',
          CTCAE,
        ),
      ],
      monitoring: [
        fact(
          'CTCAE grades limb edema by the difference in volume or circumference between limbs, where it looks greatest.',
          CTCAE,
        ),
        fact('Grade 1 is a 5–10% difference, grade 2 over 10–30%, grade 3 over 30%.', CTCAE),
      ],
    },
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
      fact('The marrow makes three main kinds of blood cells.', PDQ_PATIENT),
      fact('Platelets help form clots that stop bleeding.', PDQ_PATIENT),
      fact('Red blood cells carry oxygen through the body.', PDQ_PATIENT),
      fact('White blood cells help fight germs.', PDQ_PATIENT),
      fact(
        'TKIs can lower red blood cell and platelet counts at the start of treatment.',
        ACS_TARGETED,
      ),
      fact(
        'Inotuzumab ozogamicin (Besponsa) can lower platelet and white blood cell counts.',
        FDA_BESPONSA,
      ),
    ),
    student: {
      summary: fact(
        'Counts below normal in one or more blood cell lines, which CTCAE records as anemia, platelet count decreased, and white blood cell or neutrophil count decreased.',
        CTCAE,
      ),
      facts: [
        fact(
          'Besides myelosuppression, inotuzumab causes B-cell aplasia, which adds to the risk of infection.',
          INOTUZUMAB_REVIEW,
        ),
      ],
      properTerms: [
        fact(
          'Febrile neutropenia: a separate CTCAE term for a low neutrophil count with fever.',
          CTCAE,
        ),
      ],
    },
    related: [
      'low-platelet-count',
      'low-red-blood-cell-count',
      'low-white-blood-cell-count',
      'tyrosine-kinase-inhibitor',
      'inotuzumab-ozogamicin',
    ],
    source: PDQ_PATIENT,
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
      fact('Platelets are the cells that help blood clot and stop bleeding.', NCI_BLEEDING),
      fact(
        'With too few, you may bruise or bleed easily, or get tiny red or purple spots on your skin.',
        NCI_BLEEDING,
      ),
      fact('Tell your care team if you notice these signs.', NCI_BLEEDING),
      fact('TKIs can lower platelet counts at the start of treatment.', ACS_TARGETED),
      fact('The medical name for it is thrombocytopenia.', NCI_BLEEDING),
    ),
    student: {
      summary: fact(
        'Thrombocytopenia: a platelet count below the lower limit of normal, recorded in CTCAE as platelet count decreased.',
        CTCAE,
      ),
      facts: [
        fact(
          'CTCAE grades: 1 from below normal to 75,000/mm³, 2 below 75,000 to 50,000, 3 below 50,000 to 25,000, and 4 below 25,000/mm³.',
          CTCAE,
        ),
        fact(
          'Cytotoxic chemotherapy and targeted therapy can both lower the platelet count.',
          NCI_BLEEDING,
        ),
      ],
    },
    related: ['low-blood-counts', 'tyrosine-kinase-inhibitor', 'inotuzumab-ozogamicin'],
    source: NCI_BLEEDING,
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
      fact('Red blood cells carry oxygen from the lungs to the rest of the body.', NCI_ANEMIA),
      fact('With too few, you may feel very tired, dizzy or short of breath.', NCI_ANEMIA),
      fact('Tell your care team if you notice these signs.', NCI_ANEMIA),
      fact('TKIs can lower red blood cell counts at the start of treatment.', ACS_TARGETED),
    ),
    student: {
      summary: fact('Anemia: a hemoglobin concentration below the lower limit of normal.', CTCAE),
      facts: [
        fact(
          'CTCAE lists its signs as pallor of skin and mucous membranes, shortness of breath, palpitations, soft systolic murmurs, lethargy and fatigability.',
          CTCAE,
        ),
        fact(
          'Its grade rises as hemoglobin falls; grade 3 is the level at which transfusion is indicated.',
          CTCAE,
        ),
      ],
      properTerms: [fact('Hemoglobin (Hgb): the value CTCAE uses to grade anemia.', CTCAE)],
    },
    related: ['low-blood-counts', 'tyrosine-kinase-inhibitor', 'low-platelet-count'],
    source: NCI_ANEMIA,
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
      fact('White blood cells help the body fight germs and infections.', PDQ_PATIENT),
      fact('When their count is low, serious infections are more likely.', ACS_IMMUNO),
      fact('Blinatumomab (Blincyto) can cause low white blood cell counts.', ACS_IMMUNO),
      fact('So can inotuzumab ozogamicin (Besponsa).', FDA_BESPONSA),
    ),
    student: {
      summary: fact(
        'A white blood cell count below the lower limit of normal (leukopenia); a low absolute neutrophil count (ANC) is neutropenia.',
        CTCAE,
      ),
      facts: [
        fact(
          'CTCAE grades the ANC: 1 from below normal to 1500/mm³, 2 below 1500 to 1000, 3 below 1000 to 500, and 4 below 500/mm³.',
          CTCAE,
        ),
        fact(
          'Febrile neutropenia: ANC under 1000/mm³ with one temperature above 38.3 °C, or 38 °C or more sustained for over an hour.',
          CTCAE,
        ),
      ],
    },
    related: ['low-blood-counts', 'blinatumomab', 'inotuzumab-ozogamicin', 'low-platelet-count'],
    source: PDQ_PATIENT,
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
    student: {
      summary: fact(
        'An adverse reaction to infusing a drug or biological product, recorded in CTCAE as infusion related reaction.',
        CTCAE,
      ),
      facts: [
        fact(
          'At grade 2 the infusion is interrupted but symptoms respond promptly to treatment; grade 3 is prolonged or recurs, or needs hospital care.',
          CTCAE,
        ),
        fact(
          'An allergic reaction caused by an infusion is recorded only as an infusion related reaction, not as both.',
          CTCAE,
        ),
        fact(
          'Inotuzumab’s label calls for premedication with a corticosteroid, an antipyretic and an antihistamine.',
          DAILYMED_BESPONSA_2024,
        ),
      ],
      properTerms: [
        fact(
          'Cytokine release syndrome: a separate CTCAE term, for fever, tachycardia, hypotension or hypoxia caused by released cytokines.',
          CTCAE,
        ),
      ],
    },
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
      fact(
        'Inotuzumab ozogamicin (Besponsa) has a boxed warning about VOD: a warning set in a box at the top of its label.',
        FDA_BESPONSA,
      ),
      fact('Doctors also call it sinusoidal obstruction syndrome.', FDA_BESPONSA),
    ),
    student: {
      summary: fact(
        'Hepatic VOD, or sinusoidal obstruction syndrome: swelling and occlusion of the small vessels carrying blood through the liver, a complication of high-dose chemotherapy or radiation.',
        LLS,
      ),
      facts: [
        fact(
          'Hepatotoxicity including VOD heads inotuzumab ozogamicin’s boxed warning, together with higher non-relapse mortality after HSCT.',
          DAILYMED_BESPONSA_2024,
        ),
      ],
      properTerms: [
        fact(
          'CTCAE grades it from 2 to 5 by bilirubin and the support needed; reversal of flow on ultrasound marks grade 3.',
          CTCAE,
        ),
      ],
    },
    related: ['inotuzumab-ozogamicin'],
    source: FDA_BESPONSA,
  },
];
