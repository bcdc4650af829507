import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Never let `wxt` try to open a browser: CI and servers have no display.
  webExt: { disabled: true },
  vite: () => ({
    plugins: [preact()],
    resolve: {
      // mark.js's package entry is an ES5 UMD build; its ES module build minifies smaller.
      alias: { 'mark.js': 'mark.js/dist/mark.es6.js' },
    },
  }),
  manifest: ({ browser }) => ({
    name: 'Termlight — ALL treatment terms explained',
    short_name: 'Termlight',
    description:
      'Highlights acute lymphocytic leukemia (ALL) treatment terms on web pages and explains them in plain language, from the American Cancer Society. Works offline; sends nothing.',
    permissions: ['storage'],
    action: { default_title: 'Termlight' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'termlight@termlight.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
