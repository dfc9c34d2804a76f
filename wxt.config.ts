import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Every permission here must also be listed, with its reason, in the README's
// "Privacy and permissions" table; tests/unit/manifest.test.ts checks both.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only, so every dependency between modules is visible.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Hearth',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandOpenPopup__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'hearth@hearth-extension.org',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
