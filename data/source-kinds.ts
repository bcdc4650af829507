/**
 * What kind of document a source is, so the tests can tell primary sources from copies.
 *
 * Issue #24 names the primary sources a fact may rest on: the FDA label (openFDA, DailyMed,
 * Drugs@FDA), an FDA notice, NCI on cancer.gov itself, the American Cancer Society, the Leukemia &
 * Lymphoma Society (Blood Cancer United since August 2025) and peer-reviewed papers; and, for the
 * Spanish cards (issue #29), MedlinePlus, the National Library of Medicine's patient site, whose
 * drug pages exist in Spanish. Everything else is 'secondary': vendor and drug-news pages, copies
 * of NCI, MedlinePlus or label text on other sites, gene and term databases, other societies'
 * patient pages (NCCN, Canadian Cancer Society, eviQ), reference works (LiverTox, book chapters)
 * and health sites (Mayo, Medscape).
 *
 * A kind other than 'paper' or 'secondary' also fixes where the document may live, so a copy of
 * NCI text on another site cannot be filed as 'nci'.
 */
import type { Source } from './types';

const PRIMARY_SOURCE_KINDS = [
  'fda-label',
  'fda-notice',
  'nci',
  'acs',
  'lls',
  'medlineplus',
  'paper',
] as const;

export const SOURCE_KINDS = [...PRIMARY_SOURCE_KINDS, 'secondary'] as const;

export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The sites each publisher-bound kind lives on (the host or any of its subdomains). */
export const KIND_HOSTS: Partial<Record<SourceKind, readonly string[]>> = {
  'fda-label': [
    'dailymed.nlm.nih.gov',
    'api.fda.gov',
    'open.fda.gov',
    'accessdata.fda.gov',
    'fda.gov',
  ],
  'fda-notice': ['fda.gov'],
  nci: ['cancer.gov'],
  acs: ['cancer.org'],
  lls: ['lls.org', 'bloodcancerunited.org'],
  medlineplus: ['medlineplus.gov'],
};

export function isSourceKind(value: unknown): value is SourceKind {
  return typeof value === 'string' && (SOURCE_KINDS as readonly string[]).includes(value);
}

/** True for the kinds a fact may rest on. */
export function isPrimaryKind(kind: SourceKind | undefined): boolean {
  return kind !== undefined && kind !== 'secondary';
}

export function isPrimarySource(source: Pick<Source, 'kind'>): boolean {
  return isPrimaryKind(source.kind);
}

/** Whether `url` lives on one of the sites its kind allows (true for kinds bound to no site). */
export function urlFitsKind(url: string, kind: SourceKind): boolean {
  const hosts = KIND_HOSTS[kind];
  if (!hosts) return true;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return hosts.some((h) => host === h || host.endsWith(`.${h}`));
}
