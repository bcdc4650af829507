/**
 * The content script every page loads stays within its budget: at most 85 kB (85,000 bytes)
 * minified, in the build that ships. A size, not a time: the benchmark reports the rest.
 * What does not fit travels with the card UI (entrypoints/card-ui.ts), injected on demand.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHIPPED_EXTENSION_DIR } from '../support/browser.mjs';

const BUDGET_BYTES = 85_000;

describe('the content script', () => {
  it(`is at most ${BUDGET_BYTES} bytes minified in the shipped build`, () => {
    const file = join(SHIPPED_EXTENSION_DIR, 'content-scripts/content.js');
    expect(statSync(file).size).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
