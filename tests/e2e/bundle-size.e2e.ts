/**
 * The content script every page loads stays within its budget: at most 85 kB (85,000 bytes)
 * minified, in the build that ships. A size, not a time: the benchmark reports the rest.
 * What does not fit travels with the card UI (entrypoints/card-ui.ts), injected on demand.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHIPPED_EXTENSION_DIR } from '../support/browser.mjs';

const BUDGET_BYTES = 85_000;

const CONTENT_SCRIPT = join(SHIPPED_EXTENSION_DIR, 'content-scripts/content.js');

describe('the content script', () => {
  it(`is at most ${BUDGET_BYTES} bytes minified in the shipped build`, () => {
    expect(statSync(CONTENT_SCRIPT).size).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('reads settings and glossaries without carrying the code that writes them (1.7 kB)', () => {
    const code = readFileSync(CONTENT_SCRIPT, 'utf8');
    // Strings only the writing half has: the backups' keys and its error messages' keys.
    for (const mark of [
      'settings-backup',
      'glossaries-backup',
      'settings_errorSave',
      'glossaries_errorSave',
    ]) {
      expect(code).not.toContain(mark);
    }
    expect(code).toContain('settings_errorRead'); // the read side is there
  });
});
