import { describe, expect, it } from 'vitest';
import {
  COMPARED_PAGES,
  HIGHLIGHTS_IN_ORDER,
  readExpectations,
} from '../support/highlight-expectations.mjs';
import { useExtension } from './support/session';

// The Firefox suite (tests/firefox/) checks the same file: both browsers highlight alike.
describe('highlights shared with the Firefox suite', () => {
  const e2e = useExtension();
  const expected = readExpectations();

  it.each(COMPARED_PAGES)('%s gets exactly the recorded highlights, in order', async (path) => {
    expect(expected[path]?.length, `${path} in expected-highlights.json`).toBeGreaterThan(10);
    const page = await e2e.session.context.newPage();
    await page.goto(e2e.url(path));
    await expect
      .poll(() => page.evaluate(HIGHLIGHTS_IN_ORDER), {
        timeout: 10_000,
        message:
          'highlights differ from tests/support/expected-highlights.json; if the change is ' +
          'intended, refresh it: npx wxt build && node tests/support/highlight-expectations.mjs',
      })
      .toEqual(expected[path]);
    await page.close();
  });
});
