import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * HEARTH_TEST_BUILD=1 makes the build the end-to-end tests load: it goes to
 * .output/test/, runs snooze and repeat timers 60× faster, and declares the
 * card's host access as granted at install, because automation cannot answer
 * the browser's permission prompt (playwright#32755).
 */
const testBuild = process.env.HEARTH_TEST_BUILD === '1';

/** Where the in-page card may be shown: ordinary web pages, asked for only when the user picks the card. */
const CARD_HOSTS = ['http://*/*', 'https://*/*'];

// Every permission here must also be listed, with its reason, in the README's
// "Privacy and permissions" table; tests/e2e/manifest.test.ts checks both.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: testBuild ? '.output/test' : '.output',
  // Explicit imports only, so every dependency between modules is visible.
  imports: false,
  vite: () => ({
    plugins: [preact()],
    define: { 'import.meta.env.HEARTH_TEST_BUILD': JSON.stringify(testBuild) },
  }),
  hooks: {
    // A runtime-registered content script's matches land in host_permissions;
    // Hearth asks for them only when the user chooses the in-page card.
    'build:manifestGenerated': (_wxt, manifest) => {
      const hosts = new Set([...(manifest.host_permissions ?? []), ...CARD_HOSTS]);
      if (testBuild) {
        manifest.host_permissions = [...hosts];
      } else {
        delete manifest.host_permissions;
        manifest.optional_host_permissions = [...hosts];
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Hearth',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'idle', 'scripting'],
    optional_permissions: ['notifications'],
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
