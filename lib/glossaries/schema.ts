/**
 * The JSON Schema of the exchange format, built from the same constants the checker uses (format,
 * version, categories, limits, id and language rules). docs/glossary.schema.json is this, written
 * out by `npm run schema`; its test fails when the checked-in file is stale.
 */
import { ENTRY_ID_PATTERN } from '../../data/term-id';
import {
  GLOSSARY_CATEGORIES,
  GLOSSARY_FORMAT,
  GLOSSARY_FORMAT_VERSION,
  LANGUAGE_TAG,
  LIMITS,
  formatBytes,
} from './format';

const ref = (name: string, more: Record<string, unknown> = {}) => ({
  $ref: `#/$defs/${name}`,
  ...more,
});
const text = (maxLength: number, more: Record<string, unknown> = {}) =>
  ref('text', { ...more, maxLength });
const listOf = (name: string, maxItems: number) => ({
  type: 'array',
  maxItems,
  items: ref(name),
});

export function glossarySchema(): Record<string, unknown> {
  const bytes = `${formatBytes(LIMITS.fileBytes)} (${LIMITS.fileBytes.toLocaleString('en-US')} bytes)`;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://termlight.invalid/glossary.schema.json',
    title: `Termlight glossary, version ${GLOSSARY_FORMAT_VERSION}`,
    description:
      'A glossary Termlight can import and export. Termlight also checks things a schema cannot: ' +
      'forms of at least 2 characters that are not common words, forms no other entry uses, real ' +
      `dates, related ids that exist, and a file of at most ${bytes}. Fields not listed here are ` +
      'ignored and not kept.',
    type: 'object',
    required: ['format', 'version', 'name', 'language', 'entries'],
    properties: {
      format: { const: GLOSSARY_FORMAT },
      version: { const: GLOSSARY_FORMAT_VERSION },
      name: text(LIMITS.glossaryName),
      language: {
        type: 'string',
        maxLength: LIMITS.language,
        pattern: LANGUAGE_TAG,
        description: 'A language tag such as en or en-US.',
      },
      entries: { type: 'array', minItems: 1, maxItems: LIMITS.entries, items: ref('entry') },
    },
    $defs: {
      text: { type: 'string', minLength: 1, pattern: '\\S' },
      fact: text(LIMITS.fact),
      factList: listOf('fact', LIMITS.factsPerList),
      form: {
        type: 'object',
        required: ['text'],
        properties: {
          text: text(LIMITS.form, { minLength: 2 }),
          caseSensitive: {
            type: 'boolean',
            description: 'Only this exact letter case matches (abbreviations such as ALL).',
          },
          brand: { type: 'boolean', description: 'A brand name, listed as such on drug cards.' },
        },
      },
      source: {
        type: 'object',
        required: ['title'],
        properties: {
          title: text(LIMITS.sourceTitle),
          publisher: text(LIMITS.publisher),
          url: {
            type: 'string',
            maxLength: LIMITS.url,
            pattern: '^[Hh][Tt][Tt][Pp][Ss]?://',
            description: 'An http:// or https:// address; no other kind of link is accepted.',
          },
          date: {
            type: ['string', 'null'],
            pattern: '^\\d{4}-\\d{2}-\\d{2}$',
            description:
              'The date of the version used, YYYY-MM-DD; null when the source gives none.',
          },
        },
      },
      entry: {
        type: 'object',
        required: ['id', 'name', 'category', 'forms', 'summary', 'explanation', 'source'],
        properties: {
          id: {
            type: 'string',
            maxLength: LIMITS.id,
            pattern: ENTRY_ID_PATTERN,
            description: 'kebab-case, unique within the glossary.',
          },
          name: text(LIMITS.name),
          category: { enum: GLOSSARY_CATEGORIES },
          forms: {
            type: 'array',
            minItems: 1,
            maxItems: LIMITS.forms,
            items: ref('form'),
            description:
              'The ways the term is written. Plurals, possessives, hyphen or space variants and a trailing ® or ™ match by themselves.',
          },
          pronunciation: text(LIMITS.pronunciation),
          summary: text(LIMITS.summary),
          explanation: text(LIMITS.explanation),
          drug: {
            type: 'object',
            required: ['drugClass', 'target', 'howGiven'],
            properties: {
              drugClass: ref('fact'),
              target: ref('fact'),
              howGiven: ref('fact'),
            },
          },
          sideEffects: {
            type: 'object',
            properties: {
              common: ref('factList'),
              serious: ref('factList'),
              callCareTeam: ref('factList'),
              notes: ref('factList'),
            },
          },
          related: {
            type: 'array',
            maxItems: LIMITS.related,
            items: { type: 'string' },
            description: 'Ids of other entries in the same file.',
          },
          source: ref('source'),
          otherSources: listOf('source', LIMITS.otherSources),
        },
      },
    },
  };
}
