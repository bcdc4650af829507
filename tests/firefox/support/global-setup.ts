import { ensureTestBuild } from '../../support/test-build.mjs';

/** Vitest global setup of the Firefox tests: a current test build (tests/support/test-build.mjs). */
export default function setup(): void {
  ensureTestBuild('firefox');
}
