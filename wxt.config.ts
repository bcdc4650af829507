import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { termIndexPlugin } from './data/term-index-plugin';
import { cardMessagesOnly } from './scripts/card-messages-plugin';
import { markRegExpOnly } from './scripts/mark-regexp-only-plugin';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // The content script, which every page loads (budget: 85 kB), calls the browser's own API:
    // Chrome MV3's and Firefox's both return promises for what it uses (storage,
    // runtime.sendMessage), and lib/messaging.ts answers with sendResponse, which both take.
    // The extension's pages keep webextension-polyfill (9.6 kB of the content script).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      const native = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      const alias = config.resolve?.alias;
      const entries = Array.isArray(alias)
        ? alias
        : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [native, ...entries] };
    },
    // PRIVACY.md, shipped as plain text so the options page can link to it without the network.
    'build:publicAssets': (_wxt, files) => {
      files.push({
        absoluteSrc: new URL('./PRIVACY.md', import.meta.url).pathname,
        relativeDest: 'privacy.txt',
      });
    },
  },
  // `npm run zip`: the Chrome zip, the Firefox zip and, for Firefox's reviewers, the sources zip
  // (scripts/check-sources-zip.mjs rebuilds the Firefox build from it). Not in it: local output
  // and test results (WXT already leaves out node_modules, hidden files and unit tests).
  zip: {
    excludeSources: ['test-results/**', 'web-ext-artifacts/**', '**/*.log', 'docs/store/*.png'],
  },
  // Never let `wxt` try to open a browser: CI and servers have no display.
  webExt: { disabled: true },
  vite: () => ({
    // termIndexPlugin: the content script's term index, `virtual:term-index`, from the glossary
    // (a broken entry fails the build, naming the entry and field). cardMessagesOnly: the card
    // bundles its labels in both languages, not the whole catalogs (card-labels.ts).
    // markRegExpOnly: mark.js without the methods markRegExp never reaches (about 5 kB).
    plugins: [preact(), termIndexPlugin(), cardMessagesOnly(), markRegExpOnly()],
    resolve: {
      // mark.js's package entry is an ES5 UMD build. Its package also ships its ES module
      // sources, the code of its ES6 build without the UMD wrapper: they minify smaller and need
      // no CommonJS interop. Its class itself, not the wrapper (src/vanilla.js) that calls every
      // method and so would keep them all.
      alias: { 'mark.js': 'mark.js/src/lib/mark.js' },
    },
  }),
  manifest: ({ browser }) => ({
    // From public/_locales (extName, extDescription), so a translation names it too.
    name: '__MSG_extName__',
    short_name: 'Termlight',
    // The UI strings' languages: public/_locales/<code>/messages.json (lib/i18n).
    default_locale: 'en',
    description: '__MSG_extDescription__',
    // scripting: the background injects the card UI into pages that have a term (entrypoints/
    // card-ui.ts), which keeps it out of the content script every page loads. The host access it
    // needs is the one the content script already has on every page.
    permissions: ['storage', 'scripting'],
    host_permissions: ['<all_urls>'],
    action: { default_title: 'Termlight' },
    // Reach every term without Tab stops (lib/term-commands.ts); the reader can change the keys.
    commands: {
      'next-term': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: '__MSG_commandNextTerm__',
      },
      'previous-term': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: '__MSG_commandPreviousTerm__',
      },
      'open-term': {
        suggested_key: { default: 'Alt+Shift+Space' },
        description: '__MSG_commandOpenTerm__',
      },
    },
    // The reader's part of the card (entrypoints/card-frame): an extension page framed inside
    // the card, so the reader's notes and keystrokes stay out of the page (issue #23). Chrome
    // gives it a new address per session (use_dynamic_url), so a page cannot probe a fixed
    // one to learn that Termlight is installed; Firefox's address holds a random per-install
    // UUID already (and WXT writes MV2's plain list of paths).
    web_accessible_resources: [
      {
        resources: ['card-frame.html'],
        matches: ['<all_urls>'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'termlight@termlight.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learned data_collection_permissions in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
