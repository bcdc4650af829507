// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { GLOSSARY_CATEGORIES, GLOSSARY_FORMAT, GLOSSARY_FORMAT_VERSION, LIMITS } from '../format';
import { glossarySchema } from '../schema';

const SCHEMA_FILE = resolve(__dirname, '../../../docs/glossary.schema.json');

/** The JSON Schema in docs/ is for other tools; these checks keep it in step with the checker. */
const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
const entry = schema.$defs.entry.properties;
const source = schema.$defs.source.properties;

describe('docs/glossary.schema.json', () => {
  // Stale when the format changed and `npm run schema` was not run (it rewrites the file).
  it('is the schema lib/glossaries/schema.ts makes, as checked in', async () => {
    const options = (await prettier.resolveConfig(SCHEMA_FILE)) ?? {};
    const text = await prettier.format(JSON.stringify(glossarySchema()), {
      ...options,
      parser: 'json',
    });
    await expect(text).toMatchFileSnapshot(SCHEMA_FILE);
  });

  it('names the same format, version and categories', () => {
    expect(schema.properties.format.const).toBe(GLOSSARY_FORMAT);
    expect(schema.properties.version.const).toBe(GLOSSARY_FORMAT_VERSION);
    expect(entry.category.enum).toEqual(GLOSSARY_CATEGORIES);
  });

  it('has the same limits', () => {
    expect({
      entries: schema.properties.entries.maxItems,
      glossaryName: schema.properties.name.maxLength,
      language: schema.properties.language.maxLength,
      id: entry.id.maxLength,
      name: entry.name.maxLength,
      forms: entry.forms.maxItems,
      form: schema.$defs.form.properties.text.maxLength,
      pronunciation: entry.pronunciation.maxLength,
      summary: entry.summary.maxLength,
      explanation: entry.explanation.maxLength,
      fact: schema.$defs.fact.maxLength,
      factsPerList: schema.$defs.factList.maxItems,
      related: entry.related.maxItems,
      sourceTitle: source.title.maxLength,
      publisher: source.publisher.maxLength,
      url: source.url.maxLength,
      otherSources: entry.otherSources.maxItems,
    }).toEqual({ ...LIMITS, fileBytes: undefined });
  });
});
