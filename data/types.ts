/** The shapes of Termlight's glossary. The data lives in data/glossary.ts. */

import type { Category } from './categories';
import type { SourceKind } from './source-kinds';

export type { Category };

export type SourceId = string;

/** A document the glossary's facts come from. */
export interface Source {
  id: SourceId;
  title: string;
  publisher: string;
  /**
   * What kind of document it is (data/source-kinds.ts): a primary one (FDA label or notice, NCI on
   * cancer.gov, ACS, LLS, peer-reviewed paper) or 'secondary'. Required of the built-in glossary's
   * sources (the validator checks); imported glossaries' sources have none.
   */
  kind?: SourceKind;
  url: string;
  /** ISO date (YYYY-MM-DD) the publisher last revised it, or null where our copy does not say. */
  lastRevised: string | null;
  /** The publisher's own version label where it has one instead of a date, e.g. "Version 1.2017". */
  version?: string;
  /** ISO date (YYYY-MM-DD) we read the copy the facts were taken from. */
  accessed?: string;
}

/**
 * One way readers write a term. The matcher adds separator variants (hyphen, non-breaking hyphen,
 * en dash, space), plurals and possessives ("TKIs", "imatinib's") and a trailing ® or ™ by itself,
 * so list only forms that differ in letters or punctuation otherwise.
 */
export interface SurfaceForm {
  text: string;
  /** Abbreviations such as ALL, TKI, Ph+: only this exact letter case matches. Default: any case. */
  caseSensitive?: boolean;
  /** True for brand names (Gleevec), so the UI can list them. */
  brand?: boolean;
}

/** A fact with the source it was taken from. */
export interface Fact {
  text: string;
  source: SourceId;
}

interface DrugFacts {
  /** What kind of drug it is, e.g. "tyrosine kinase inhibitor (TKI)". */
  drugClass: Fact;
  /** What it attacks or attaches to. */
  target: Fact;
  /** How it is given (pill, into a vein); never a dose. */
  howGiven: Fact;
}

export interface SideEffects {
  common: Fact[];
  serious: Fact[];
  /** Signs that mean: call your care team now. */
  callCareTeam: Fact[];
  /**
   * Side effects the source calls "other possible" (less common than `common`), e.g. the TKIs'
   * lower red blood cell and platelet counts at the start of treatment. Optional; shown as its
   * own group, never merged into `common`.
   */
  otherPossible?: Fact[];
  /** General notes, e.g. "usually mild", "another TKI may be tried". */
  notes: Fact[];
  /**
   * Set where the source gives `common` for a whole drug group rather than for this drug (the
   * ACS lists one set of common side effects for all TKIs): the group's name, e.g. "TKIs". The card
   * then heads the list "Common side effects of TKIs as a group", never as the drug's own list.
   */
  commonOfGroup?: string;
}

/**
 * The "For students" level of an entry: the same term in proper words, for nursing and oncology
 * students. Technical but short; every fact sourced like the patient level's. Its sources must
 * carry a date (revised or read), and it must not repeat the patient level's sentences.
 *
 * Shaped after what a student looks up: what it is in proper terms (summary), what sets it apart
 * (facts: mechanism, generation, approvals as the label states them, resistance), the proper names
 * of its effects (properTerms), and what is watched during treatment (monitoring).
 */
export interface StudentLevel {
  /** One sentence in proper terms, e.g. "A second-generation BCR-ABL1 tyrosine kinase inhibitor." */
  summary: Fact;
  /** What sets it apart: mechanism, generation, approvals, resistance. At least one. */
  facts: Fact[];
  /** Proper terms for its effects or parts, e.g. "Pleural effusion: fluid between ...". */
  properTerms?: Fact[];
  /** What is monitored and why, as the source states it. Never a dose or a schedule. */
  monitoring?: Fact[];
}

export interface GlossaryEntry {
  /** kebab-case, unique. */
  id: string;
  /** The name shown on the card, e.g. "Dasatinib". */
  name: string;
  category: Category;
  forms: SurfaceForm[];
  /** Respelling for drug names, e.g. "ih-MA-tih-nib". */
  pronunciation?: string;
  /** Where the respelling comes from (NCI's dictionary where it gives one); required with it. */
  pronunciationSource?: SourceId;
  /** One plain-language sentence. */
  summary: string;
  /** A short plain-language explanation (a few sentences). */
  explanation: string;
  /**
   * The explanation split into its facts, each with the source it comes from. Joined with single
   * spaces they are exactly `explanation` (the validator checks). The summary's source is `source`.
   */
  explanationFacts?: Fact[];
  drug?: DrugFacts;
  sideEffects?: SideEffects;
  /** The "For students" level; optional so imported glossaries need not have it. */
  student?: StudentLevel;
  related: string[];
  /** The main source of this entry; every Fact names its own. */
  source: SourceId;
}
