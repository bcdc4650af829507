import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension in Chromium, pages served on 127.0.0.1.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium at a time: 2-core machines and CI run out of room with several.
    fileParallelism: false,
  },
});
