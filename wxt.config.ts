import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// WXT has no Preact module: the Vite preset is added directly.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  // Firefox's review needs the sources that build the add-on, and nothing else: no tests (fixtures, screenshots),
  // no build output or scratch files. `npm ci && npm run build:firefox` rebuilds it from these.
  zip: {
    includeSources: ['entrypoints/**', 'lib/**', 'public/**', 'assets/**', 'README.md', 'LICENSE*', 'package.json',
      'package-lock.json', 'tsconfig.json', 'wxt.config.ts'],
    excludeSources: ['**/*.tmp.ts', '**/*.tmp', '**/.tmp/**', '**/*.log', '**/screenshots/**'],
  },
  manifest: ({ browser }) => ({
    name: 'Reflect Lens',
    description:
      'Helps trainee peer support workers structure their reflective writing. Everything runs on your computer.',
    // Settings only (never essay text) in storage.sync; host permissions only for Google Docs (below).
    // Issue 4 (quick check): activeTab + scripting read the selection in the tab the trainee opened the popup on,
    // only when they click "Check the selected text" (and the tab's host for the on/off switch); contextMenus adds
    // "Check reflection structure" on a selection. WXT adds sidePanel for Chrome's side panel.
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    // Google Docs only: the background reads a document's plain-text export with the user's own session when the
    // content script can't (Google redirects it to *.googleusercontent.com). Exactly these two hosts (lib/docs).
    host_permissions: ['https://docs.google.com/*', 'https://*.googleusercontent.com/*'],
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Open or close the Reflect Lens sidebar',
      },
    },
    // Firefox needs an id; Chrome would warn about the unknown key. Firefox asks every new add-on to declare what
    // it collects: nothing ('none'). That key exists from Firefox 140
    // (desktop ESR 140), hence the minimum version.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'reflect-lens@reflect-lens.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads the data-collection key from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
