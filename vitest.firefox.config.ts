import { defineConfig } from 'vitest/config';

// Firefox browser tests: the Firefox build installed into Firefox ESR, pages on 127.0.0.1.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/firefox/**/*.firefox.ts'],
    globalSetup: ['tests/firefox/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // One Firefox at a time: 2-core machines and CI run out of room with several.
    fileParallelism: false,
  },
});
