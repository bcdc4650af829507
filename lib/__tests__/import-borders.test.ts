// @vitest-environment node
/**
 * The import borders of eslint.config.js fail on a deliberate violation of each kind, and pass
 * the same file when it stays inside its border.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function borderErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('import borders', () => {
  it.each([
    [
      'data/new-entry-kind.ts',
      "import { t } from '../lib/i18n';\nexport const x = t;\n",
      /data\/ imports nothing from lib/,
    ],
    [
      'lib/search/new.ts',
      "import { h } from 'preact';\nexport const x = h;\n",
      /lib\/ imports no Preact/,
    ],
    [
      'lib/search/new.ts',
      "import { x } from '../../components/search/x';\nexport const y = x;\n",
      /lib\/ imports no components/,
    ],
    [
      'components/popup/new.tsx',
      "import { x } from '../study/x';\nexport const y = x;\n",
      /A feature imports no other feature/,
    ],
    [
      'components/options/glossaries/new.tsx',
      "import { x } from '../../questions/x';\nexport const y = x;\n",
      /A feature imports no other feature/,
    ],
  ])(
    'refuses %s importing across a border',
    async (file, code, message) => {
      expect(await borderErrors(file, code)).toEqual([expect.stringMatching(message)]);
    },
    30_000,
  );

  it.each([
    [
      'data/new-entry-kind.ts',
      "import { isEntryId } from './term-id';\nexport const x = isEntryId;\n",
    ],
    [
      'components/popup/new.tsx',
      "import { x } from '../shared/x';\nimport { s } from '../questions/search-save';\nimport { y } from '../term-card/y';\nexport const z = [x, y, s];\n",
    ],
  ])(
    'lets %s import inside its border',
    async (file, code) => {
      expect(await borderErrors(file, code)).toEqual([]);
    },
    30_000,
  );
});

describe('hook rules', () => {
  const hookErrors = async (code: string) => {
    const [result] = await eslint.lintText(code, { filePath: 'components/popup/new.tsx' });
    return (result?.messages ?? []).map((m) => m.ruleId);
  };

  it('refuses a hook called on a condition, and an effect missing what it reads', async () => {
    const conditional =
      "import { useState } from 'preact/hooks';\n" +
      'export function A({ on }: { on: boolean }) {\n' +
      '  if (on) useState(0);\n' +
      '  return null;\n' +
      '}\n';
    expect(await hookErrors(conditional)).toContain('react-hooks/rules-of-hooks');
    const missing =
      "import { useEffect } from 'preact/hooks';\n" +
      'export function B({ n }: { n: number }) {\n' +
      '  useEffect(() => console.log(n), []);\n' +
      '  return null;\n' +
      '}\n';
    expect(await hookErrors(missing)).toContain('react-hooks/exhaustive-deps');
  }, 30_000);
});
