import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * Import borders (issue #25): data/ is the glossary and imports nothing from lib/; lib/ is logic
 * and imports no Preact and no components; a feature folder of components/ imports no other
 * feature (what they share lives in components/shared/, term-card/ and search/). Core
 * no-restricted-imports with a regex per files glob, since eslint-plugin-import is not installed.
 */
const FEATURES = ['glossary', 'options', 'popover', 'popup', 'questions', 'study'];
// A feature's module other features may use: My questions' save control for search results
// (popup and glossary page). The card gets its save control through CardActions instead.
const PUBLIC = ['questions/search-save'];
const restrict = (files, patterns, ignores = []) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});
const borders = [
  restrict(
    ['data/**/*.ts'],
    [{ regex: '(^|/)lib(/|$)', message: 'data/ imports nothing from lib/.' }],
    // Known crossings, to be removed (see docs/architecture.md); the rule keeps new ones out.
    [
      'data/__tests__/**',
      'data/index.ts',
      'data/validate.ts',
      'data/categories.ts',
      'data/suggested-questions.ts',
    ],
  ),
  restrict(
    ['lib/**/*.ts'],
    [
      { regex: '^(preact|@preact)(/|$)', message: 'lib/ imports no Preact.' },
      { regex: '(^|/)components(/|$)', message: 'lib/ imports no components.' },
    ],
    ['lib/**/__tests__/**'],
  ),
  ...FEATURES.map((feature) =>
    restrict(
      [`components/${feature}/**/*.{ts,tsx}`],
      [
        {
          regex: `(^|/)\\.\\./(\\.\\./)*(?!(${PUBLIC.join('|')})$)(${FEATURES.filter((f) => f !== feature).join('|')})/`,
          message: 'A feature imports no other feature; share through components/shared/.',
        },
      ],
    ),
  ),
];

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'web-ext-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...borders,
  {
    // Preact's hooks follow React's rules: called in the same order on every render, with every
    // value an effect reads in its dependencies.
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}', 'embed/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['tests/**/*.{mjs,ts}', 'scripts/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node } },
  },
);
