import { ensureTestBuild } from '../../support/test-build.mjs';

/** Vitest global setup of the Chromium tests: a current test build (tests/support/test-build.mjs). */
export default function setup(): void {
  ensureTestBuild('chrome');
}
