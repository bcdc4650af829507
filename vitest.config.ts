import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  // WxtVitest does not bring wxt.config.ts's vite plugins, so Preact is added here too.
  plugins: [WxtVitest(), preact()],
  resolve: {
    // UI strings from the English catalog itself: the fake browser has no i18n.getMessage.
    alias: [
      {
        find: /^\.\/message-source$/,
        replacement: fileURLToPath(
          new URL('./lib/i18n/message-source-catalog.ts', import.meta.url),
        ),
      },
    ],
  },
  test: {
    environment: 'happy-dom',
    globals: true,
    include: ['{lib,components,data,entrypoints}/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // Component tests that render whole pages take 1-2 s on a quiet 2-core machine and up to
    // 12 s on a loaded one; a timeout is not what these tests assert.
    testTimeout: 20_000,
  },
});
