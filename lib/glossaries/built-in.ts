/**
 * Termlight's own glossary in the exchange format, for export (a model for people writing their
 * own) and for telling an import which forms the built-in glossary already uses.
 *
 * The exchange format cites sources per entry, not per fact: an entry's main source comes first
 * and every other source its facts use is listed in otherSources.
 */
import { entrySources, GLOSSARY, type Fact, type GlossaryEntry } from '../../data';
import type { TakenForm } from './check';
import {
  GLOSSARY_FORMAT,
  GLOSSARY_FORMAT_VERSION,
  type ExchangeEntry,
  type ExchangeGlossary,
  type ExchangeSource,
} from './format';
import { t } from '../i18n';

const BUILT_IN_NAME = 'Termlight: targeted therapy for ALL';

const texts = (facts: readonly Fact[]): string[] => facts.map((f) => f.text);

function toExchange(entry: GlossaryEntry): ExchangeEntry {
  const [main, ...others] = entrySources(entry).map((s): ExchangeSource => ({
    title: s.title,
    publisher: s.publisher,
    url: s.url,
    date: s.lastRevised,
  }));
  const se = entry.sideEffects;
  const sideEffects = se && {
    ...(se.common.length > 0 && { common: texts(se.common) }),
    ...(se.serious.length > 0 && { serious: texts(se.serious) }),
    ...(se.callCareTeam.length > 0 && { callCareTeam: texts(se.callCareTeam) }),
    ...(se.notes.length > 0 && { notes: texts(se.notes) }),
  };
  return {
    id: entry.id,
    name: entry.name,
    category: entry.category,
    forms: entry.forms.map((f) => ({
      text: f.text,
      ...(f.caseSensitive && { caseSensitive: true }),
      ...(f.brand && { brand: true }),
    })),
    ...(entry.pronunciation !== undefined && { pronunciation: entry.pronunciation }),
    summary: entry.summary,
    explanation: entry.explanation,
    ...(entry.drug && {
      drug: {
        drugClass: entry.drug.drugClass.text,
        target: entry.drug.target.text,
        howGiven: entry.drug.howGiven.text,
      },
    }),
    ...(sideEffects && Object.keys(sideEffects).length > 0 && { sideEffects }),
    ...(entry.related.length > 0 && { related: [...entry.related] }),
    source: main!,
    ...(others.length > 0 && { otherSources: others }),
  };
}

export function builtInGlossary(): ExchangeGlossary {
  return {
    format: GLOSSARY_FORMAT,
    version: GLOSSARY_FORMAT_VERSION,
    name: BUILT_IN_NAME,
    language: 'en',
    entries: GLOSSARY.map(toExchange),
  };
}

/** The forms the built-in glossary uses, which an import's forms may clash with. */
export function builtInTakenForms(): TakenForm[] {
  return GLOSSARY.flatMap((entry) =>
    entry.forms.map((f) => ({
      text: f.text,
      ...(f.caseSensitive && { caseSensitive: true }),
      glossary: t('glossaries_builtInLabel'),
      entryName: entry.name,
    })),
  );
}
