import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { termIndexPlugin } from './data/term-index-plugin';

/**
 * A real-browser project: the built extension in one browser, pages served on 127.0.0.1. Its
 * global setup makes sure the test build is current (tests/support/test-build.mjs).
 */
function browserProject(
  name: 'chromium' | 'firefox',
  folder: string,
  hookTimeout: number,
): TestProjectInlineConfiguration {
  return {
    test: {
      name,
      environment: 'node',
      include: [`tests/${folder}/**/*.${folder === 'e2e' ? 'e2e' : 'firefox'}.ts`],
      globalSetup: [`tests/${folder}/support/global-setup.ts`],
      testTimeout: 60_000,
      hookTimeout,
      // One browser at a time: 2-core machines and CI run out of room with several.
      fileParallelism: false,
      // After the unit tests when `npx vitest run` runs every project, never beside them.
      sequence: { groupOrder: name === 'chromium' ? 1 : 2 },
    },
  };
}

/**
 * Three projects, run one at a time with `--project`: `unit` (happy-dom), `chromium`
 * (tests/e2e, playwright-core) and `firefox` (tests/firefox, puppeteer-core over BiDi).
 * `npm test` (tests/run-all.mjs) runs them in that order, with the builds in between.
 */
export default defineConfig({
  test: {
    projects: [
      {
        // WxtVitest does not bring wxt.config.ts's vite plugins, so Preact and the term index
        // (`virtual:term-index`) are added here too.
        plugins: [WxtVitest(), preact(), termIndexPlugin()],
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
          name: 'unit',
          environment: 'happy-dom',
          globals: true,
          include: ['{lib,components,data,entrypoints,scripts}/**/*.test.{ts,tsx}'],
          restoreMocks: true,
          // Component tests that render whole pages take 1-2 s on a quiet 2-core machine and up
          // to 12 s on a loaded one; a timeout is not what these tests assert.
          testTimeout: 20_000,
          sequence: { groupOrder: 0 },
        },
      },
      browserProject('chromium', 'e2e', 60_000),
      browserProject('firefox', 'firefox', 90_000),
    ],
  },
});
