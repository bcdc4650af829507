/**
 * Writes docs/content-review.md from the glossary data (npm run content-review). The data is
 * TypeScript, so it is loaded through Vite's module runner.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const load = async (path) =>
  (await runnerImport(`${root}${path}`, { configFile: false, logLevel: 'error', root })).module;

const { GLOSSARY, SOURCES } = await load('data/index.ts');
const { renderContentReview, CONTENT_REVIEW_PATH } = await load('data/content-review.ts');

writeFileSync(`${root}${CONTENT_REVIEW_PATH}`, renderContentReview(GLOSSARY, SOURCES));
console.log(`wrote ${CONTENT_REVIEW_PATH}`);
