/**
 * Termlight's glossary exchange format, version 1: the shape of a glossary file (JSON) once it has
 * been read and checked. docs/glossary.schema.json describes the same shape for other tools, and
 * docs/glossaries.md explains it and its CSV form.
 */
import { CATEGORIES } from '../../data/categories';
import type { Category, SurfaceForm } from '../../data/types';

export const GLOSSARY_FORMAT = 'termlight-glossary';
export const GLOSSARY_FORMAT_VERSION = 1;

export const GLOSSARY_CATEGORIES: readonly Category[] = CATEGORIES;

/** A language tag such as "en" or "en-US". */
export const LANGUAGE_TAG = '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$';

/** Where a fact comes from. A missing date is null (cards then say "date not given"). */
export interface ExchangeSource {
  title: string;
  publisher?: string;
  /** An http:// or https:// address. */
  url?: string;
  /** YYYY-MM-DD, or null when the source gives no date. */
  date: string | null;
}

export interface ExchangeSideEffects {
  common?: string[];
  serious?: string[];
  callCareTeam?: string[];
  notes?: string[];
}

export interface ExchangeDrugFacts {
  drugClass: string;
  target: string;
  howGiven: string;
}

export interface ExchangeEntry {
  /** kebab-case, unique within the glossary. */
  id: string;
  name: string;
  category: Category;
  forms: SurfaceForm[];
  pronunciation?: string;
  summary: string;
  explanation: string;
  drug?: ExchangeDrugFacts;
  sideEffects?: ExchangeSideEffects;
  /** Ids of other entries of the same glossary. */
  related?: string[];
  /** The main source; every fact of the entry comes from it or from otherSources. */
  source: ExchangeSource;
  otherSources?: ExchangeSource[];
}

export interface ExchangeGlossary {
  format: typeof GLOSSARY_FORMAT;
  version: typeof GLOSSARY_FORMAT_VERSION;
  name: string;
  /** A language tag such as "en" or "en-US". */
  language: string;
  entries: ExchangeEntry[];
}

/** Limits that keep one file from filling storage or a card from becoming a wall of text. */
export const LIMITS = {
  fileBytes: 1_000_000,
  entries: 2000,
  glossaryName: 80,
  language: 35,
  // Room for "g12345/" in front, within the 100 characters a card request allows.
  id: 80,
  name: 100,
  forms: 50,
  form: 100,
  pronunciation: 100,
  summary: 300,
  explanation: 1500,
  /** Each drug fact and side effect. */
  fact: 300,
  factsPerList: 20,
  related: 20,
  sourceTitle: 300,
  publisher: 200,
  url: 2000,
  otherSources: 10,
} as const;

/** "1 MB" for LIMITS.fileBytes; sizes in the messages use the same decimal units. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${trimZero(bytes / 1_000_000)} MB`;
  if (bytes >= 1000) return `${trimZero(bytes / 1000)} kB`;
  return `${bytes} bytes`;
}

function trimZero(n: number): string {
  return n.toFixed(1).replace(/\.0$/, '');
}
