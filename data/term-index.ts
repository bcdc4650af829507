// Generated from the glossary by wxt.config.ts (data/term-index-build.ts). Do not edit.
import type { TermIndexEntry } from './term-index-build';

export const TERM_INDEX: readonly TermIndexEntry[] = [
  {
    "id": "acute-lymphocytic-leukemia",
    "category": "disease",
    "forms": [
      {
        "text": "acute lymphocytic leukemia"
      },
      {
        "text": "acute lymphoblastic leukemia"
      },
      {
        "text": "acute lymphoid leukemia"
      },
      {
        "text": "acute lymphocytic leukaemia"
      },
      {
        "text": "acute lymphoblastic leukaemia"
      },
      {
        "text": "acute lymphoid leukaemia"
      },
      {
        "text": "ALL",
        "caseSensitive": true
      }
    ]
  },
  {
    "id": "ph-positive-all",
    "category": "disease",
    "forms": [
      {
        "text": "Ph+ ALL",
        "caseSensitive": true
      },
      {
        "text": "Ph+ALL",
        "caseSensitive": true
      },
      {
        "text": "Ph-positive ALL",
        "caseSensitive": true
      },
      {
        "text": "Philadelphia chromosome-positive ALL",
        "caseSensitive": true
      },
      {
        "text": "Philadelphia-positive ALL",
        "caseSensitive": true
      },
      {
        "text": "Philadelphia chromosome-positive acute lymphocytic leukemia"
      },
      {
        "text": "Philadelphia chromosome-positive acute lymphoblastic leukemia"
      },
      {
        "text": "Philadelphia chromosome-positive acute lymphoblastic leukaemia"
      }
    ]
  },
  {
    "id": "b-cell-all",
    "category": "disease",
    "forms": [
      {
        "text": "B-cell ALL",
        "caseSensitive": true
      },
      {
        "text": "B-ALL",
        "caseSensitive": true
      },
      {
        "text": "B-cell precursor ALL",
        "caseSensitive": true
      },
      {
        "text": "B-cell acute lymphoblastic leukemia"
      },
      {
        "text": "B-cell acute lymphocytic leukemia"
      },
      {
        "text": "B-cell precursor acute lymphoblastic leukemia"
      }
    ]
  },
  {
    "id": "philadelphia-chromosome",
    "category": "gene",
    "forms": [
      {
        "text": "Philadelphia chromosome"
      },
      {
        "text": "Ph chromosome",
        "caseSensitive": true
      },
      {
        "text": "Ph+",
        "caseSensitive": true
      },
      {
        "text": "Ph-positive",
        "caseSensitive": true
      },
      {
        "text": "Philadelphia chromosome-positive"
      },
      {
        "text": "Philadelphia-positive"
      },
      {
        "text": "Ph-negative",
        "caseSensitive": true
      },
      {
        "text": "Philadelphia chromosome-negative"
      },
      {
        "text": "Philadelphia-negative"
      }
    ]
  },
  {
    "id": "bcr-abl",
    "category": "gene",
    "forms": [
      {
        "text": "BCR-ABL"
      },
      {
        "text": "BCR-ABL1"
      },
      {
        "text": "BCR::ABL1"
      },
      {
        "text": "BCR::ABL"
      },
      {
        "text": "BCR/ABL"
      },
      {
        "text": "BCR/ABL1"
      }
    ]
  },
  {
    "id": "targeted-therapy",
    "category": "treatment",
    "forms": [
      {
        "text": "targeted therapy"
      },
      {
        "text": "targeted drug"
      },
      {
        "text": "targeted cancer therapy"
      },
      {
        "text": "targeted treatment"
      }
    ]
  },
  {
    "id": "chemotherapy",
    "category": "treatment",
    "forms": [
      {
        "text": "chemotherapy"
      },
      {
        "text": "chemo"
      }
    ]
  },
  {
    "id": "immunotherapy",
    "category": "treatment",
    "forms": [
      {
        "text": "immunotherapy"
      }
    ]
  },
  {
    "id": "monoclonal-antibody",
    "category": "treatment",
    "forms": [
      {
        "text": "monoclonal antibody"
      }
    ]
  },
  {
    "id": "antibody-drug-conjugate",
    "category": "treatment",
    "forms": [
      {
        "text": "antibody-drug conjugate"
      }
    ]
  },
  {
    "id": "remission",
    "category": "disease",
    "forms": [
      {
        "text": "remission"
      }
    ]
  },
  {
    "id": "tyrosine-kinase-inhibitor",
    "category": "treatment",
    "forms": [
      {
        "text": "tyrosine kinase inhibitor"
      },
      {
        "text": "TKI",
        "caseSensitive": true
      }
    ]
  },
  {
    "id": "imatinib",
    "category": "drug",
    "forms": [
      {
        "text": "imatinib"
      },
      {
        "text": "imatinib mesylate"
      },
      {
        "text": "Gleevec"
      },
      {
        "text": "Glivec"
      }
    ]
  },
  {
    "id": "dasatinib",
    "category": "drug",
    "forms": [
      {
        "text": "dasatinib"
      },
      {
        "text": "Sprycel"
      }
    ]
  },
  {
    "id": "nilotinib",
    "category": "drug",
    "forms": [
      {
        "text": "nilotinib"
      },
      {
        "text": "Tasigna"
      }
    ]
  },
  {
    "id": "ponatinib",
    "category": "drug",
    "forms": [
      {
        "text": "ponatinib"
      },
      {
        "text": "Iclusig"
      }
    ]
  },
  {
    "id": "bosutinib",
    "category": "drug",
    "forms": [
      {
        "text": "bosutinib"
      },
      {
        "text": "Bosulif"
      }
    ]
  },
  {
    "id": "blinatumomab",
    "category": "drug",
    "forms": [
      {
        "text": "blinatumomab"
      },
      {
        "text": "Blincyto"
      }
    ]
  },
  {
    "id": "inotuzumab-ozogamicin",
    "category": "drug",
    "forms": [
      {
        "text": "inotuzumab ozogamicin"
      },
      {
        "text": "inotuzumab"
      },
      {
        "text": "Besponsa"
      }
    ]
  },
  {
    "id": "edema",
    "category": "side-effect",
    "forms": [
      {
        "text": "edema"
      },
      {
        "text": "oedema"
      },
      {
        "text": "periorbital edema"
      },
      {
        "text": "periorbital oedema"
      },
      {
        "text": "peripheral edema"
      },
      {
        "text": "peripheral oedema"
      }
    ]
  },
  {
    "id": "low-platelet-count",
    "category": "side-effect",
    "forms": [
      {
        "text": "low platelet count"
      },
      {
        "text": "lower platelet count"
      },
      {
        "text": "low platelets"
      },
      {
        "text": "thrombocytopenia"
      }
    ]
  },
  {
    "id": "low-red-blood-cell-count",
    "category": "side-effect",
    "forms": [
      {
        "text": "low red blood cell count"
      },
      {
        "text": "lower red blood cell count"
      },
      {
        "text": "low red cell count"
      },
      {
        "text": "anemia"
      },
      {
        "text": "anaemia"
      }
    ]
  },
  {
    "id": "low-white-blood-cell-count",
    "category": "side-effect",
    "forms": [
      {
        "text": "low white blood cell count"
      },
      {
        "text": "low white cell count"
      },
      {
        "text": "leukopenia"
      },
      {
        "text": "leucopenia"
      },
      {
        "text": "neutropenia"
      }
    ]
  },
  {
    "id": "infusion-reaction",
    "category": "side-effect",
    "forms": [
      {
        "text": "infusion reaction"
      },
      {
        "text": "infusion-related reaction"
      }
    ]
  },
  {
    "id": "veno-occlusive-disease",
    "category": "side-effect",
    "forms": [
      {
        "text": "veno-occlusive disease"
      },
      {
        "text": "hepatic veno-occlusive disease"
      },
      {
        "text": "sinusoidal obstruction syndrome"
      }
    ]
  }
];
