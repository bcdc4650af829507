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
  DAILYMED_BESPONSA_2024,
  EVIQ_THROMBOCYTOPENIA as EVIQ,
  FDA_BESPONSA,
  INOTUZUMAB_REVIEW,
  LIVERTOX_SOS,
  MASIELLO_FLUID_RETENTION as MASIELLO,
  NCCN_PATIENTS_ALL as NCCN,
  NCI_CTCAE_V5 as CTCAE,
  PDQ_ADULT_ALL as PDQ,
  PFIZER_BESPONSA_WARNINGS,
  PFIZER_BOSULIF,
  PFIZER_IE_BESPONSA_SAFETY,
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
        fact(
          'With bosutinib, fluid retention may also take the form of pleural or pericardial effusion.',
          PFIZER_BOSULIF,
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
    student: {
      summary: fact(
        'Counts below normal in one or more blood cell lines, which CTCAE records as anemia, platelet count decreased, and white blood cell or neutrophil count decreased.',
        CTCAE,
      ),
      facts: [
        fact(
          'Inotuzumab can cause myelosuppression severe enough to threaten life, with infection and hemorrhage as its complications.',
          PFIZER_IE_BESPONSA_SAFETY,
        ),
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
      monitoring: [
        fact(
          'On inotuzumab, a complete blood count comes before each dose, and infection and bleeding are watched for.',
          PFIZER_IE_BESPONSA_SAFETY,
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
          'It may start within days to weeks of cancer treatment, or be present from diagnosis.',
          EVIQ,
        ),
        fact('Both the disease itself and chemotherapy or radiation therapy can cause it.', EVIQ),
      ],
      properTerms: [
        fact(
          'Petechiae: flat, pinpoint spots of bleeding under the skin; with easy bruising and bleeding gums, a presenting sign of ALL.',
          PDQ,
        ),
      ],
      monitoring: [
        fact(
          'On inotuzumab, blood counts are checked before each dose, and bleeding is monitored throughout.',
          PFIZER_IE_BESPONSA_SAFETY,
        ),
      ],
    },
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
      monitoring: [
        fact(
          'Signs of infection are watched for during inotuzumab treatment and after a stem cell transplant.',
          PFIZER_IE_BESPONSA_SAFETY,
        ),
      ],
    },
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
      monitoring: [
        fact(
          'With inotuzumab, patients are watched during and for at least an hour after the infusion for hypotension, flushing or breathing problems.',
          PFIZER_IE_BESPONSA_SAFETY,
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
      fact('VOD is in the boxed warning for inotuzumab ozogamicin (Besponsa).', FDA_BESPONSA),
      fact('Doctors also call it sinusoidal obstruction syndrome.', FDA_BESPONSA),
    ),
    student: {
      summary: fact(
        'Sinusoidal obstruction syndrome (SOS): liver injury with obstructed sinusoids in the central zones, hepatocyte necrosis and hemorrhage.',
        LIVERTOX_SOS,
      ),
      facts: [
        fact(
          'It occurs mainly, perhaps only, after drug or toxin exposure; the acute form starts within 1 to 3 weeks of it.',
          LIVERTOX_SOS,
        ),
        fact(
          'In the INO-VATE ALL trial, VOD occurred in 14% of adults given inotuzumab and in 23% of those who went on to HSCT.',
          PFIZER_BESPONSA_WARNINGS,
        ),
        fact(
          'Risk rose with HSCT conditioning that holds two alkylating agents and with a bilirubin at or above the upper limit of normal before HSCT.',
          PFIZER_BESPONSA_WARNINGS,
        ),
        fact(
          'Other risk factors: liver disease, prior HSCT, older age, later salvage lines and more cycles of inotuzumab.',
          PFIZER_BESPONSA_WARNINGS,
        ),
      ],
      properTerms: [
        fact(
          'Acute SOS: abdominal pain and swelling, weight gain, and signs of portal hypertension such as ascites and edema.',
          LIVERTOX_SOS,
        ),
        fact(
          'CTCAE grades it from 2 to 5 by bilirubin and the support needed; reversal of flow on ultrasound marks grade 3.',
          CTCAE,
        ),
      ],
      monitoring: [
        fact(
          'On inotuzumab: total bilirubin, hepatomegaly (which may be painful), rapid weight gain and ascites.',
          PFIZER_BESPONSA_WARNINGS,
        ),
      ],
    },
    related: ['inotuzumab-ozogamicin'],
    source: FDA_BESPONSA,
  },
];
