import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// WXT has no Preact module: the Vite preset is added directly.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Reflect Lens',
    description:
      'Helps trainee peer support workers structure their reflective writing. Everything runs on your computer.',
    // Settings only (never essay text) in storage.sync; no host permissions: content scripts are declared below.
    permissions: ['storage'],
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Open or close the Reflect Lens sidebar',
      },
    },
    // Firefox needs an id; Chrome would warn about the unknown key.
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'reflect-lens@reflect-lens.invalid' } } }
      : {}),
  }),
});
