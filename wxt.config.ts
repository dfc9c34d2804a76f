import preact from '@preact/preset-vite';
import { defineConfig, type WxtViteConfig } from 'wxt';
import { CARD_ORIGINS } from './utils/platform/card-origins';

/**
 * HEARTH_TEST_BUILD=1 makes the build the end-to-end tests load: it goes to
 * .output/test/, runs snooze and repeat timers 60× faster, and declares the
 * card's host access as granted at install, because automation cannot answer
 * the browser's permission prompt (playwright#32755); notifications, the
 * other optional permission, likewise.
 */
const testBuild = process.env.HEARTH_TEST_BUILD === '1';

/** Pages only the test build ships: the benchmark's seeding page and its blank baseline (tests/bench), and the card preview for axe (tests/e2e). */
const TEST_ONLY_ENTRYPOINTS = new Set(['dev-seed', 'blank', 'card-preview']);

/**
 * Each extension page loads as one script (plus the bundler's tiny runtime)
 * instead of a page chunk and a string of small shared chunks. Chromium
 * fetches and links every module of an extension page separately, and the
 * popup took ~25 ms longer to become typeable with its 10 files than with 2
 * (tests/bench, figure 2). Rolldown copies each shared chunk into the pages
 * that use it and still runs it once per page. Dexie stays one shared chunk:
 * it is large, the popup loads it lazily from two places, and each copy
 * would be downloaded and compiled again.
 * Only the pages' ES build has shared chunks; the worker and content
 * scripts are single IIFE files already.
 */
function oneFilePerPage(): NonNullable<WxtViteConfig['plugins']>[number] {
  return {
    name: 'hearth:one-file-per-page',
    outputOptions(options) {
      if (options.format !== 'es') return options;
      return {
        ...options,
        codeSplitting: { experimentalInlineCommonChunks: { maxSize: Infinity, exclude: /[\\/]node_modules[\\/]dexie[\\/]/ } },
      };
    },
  };
}

// Every permission here must also be listed, with its reason, in the README's
// "Privacy and permissions" table; tests/e2e/manifest.test.ts checks both.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: testBuild ? '.output/test' : '.output',
  // MV3 everywhere: Firefox 128+ supports it, and one model of permissions,
  // scripting and background keeps both builds honest.
  manifestVersion: 3,
  // Explicit imports only, so every dependency between modules is visible.
  imports: false,
  vite: () => ({
    plugins: [preact(), oneFilePerPage()],
    define: { 'import.meta.env.HEARTH_TEST_BUILD': JSON.stringify(testBuild) },
  }),
  hooks: {
    // A skipped entrypoint is left out of the production build and its zips.
    'entrypoints:resolved': (_wxt, entrypoints) => {
      if (testBuild) return;
      for (const entrypoint of entrypoints) if (TEST_ONLY_ENTRYPOINTS.has(entrypoint.name)) entrypoint.skipped = true;
    },
    // A runtime-registered content script's matches land in host_permissions;
    // Hearth asks for them only when the user chooses the in-page card.
    'build:manifestGenerated': (_wxt, manifest) => {
      const hosts = new Set([...(manifest.host_permissions ?? []), ...CARD_ORIGINS]);
      if (testBuild) {
        manifest.host_permissions = [...hosts];
        // Granted at install too, so the notification style can be shown in tests.
        manifest.permissions = [...(manifest.permissions ?? []), 'notifications'];
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
    permissions: [
      'storage',
      'alarms',
      'idle',
      'scripting',
      // Firefox answers navigator.storage.persist() from an extension page
      // with a permission prompt, on every popup open until the user answers;
      // with unlimitedStorage it keeps the data without asking (Chrome keeps
      // an extension's data without it).
      ...(browser === 'firefox' ? ['unlimitedStorage'] : []),
    ],
    // The in-page card's frame (entrypoints/nudge-frame): only web pages may
    // frame it, under a per-session URL, so no page can fingerprint Hearth.
    web_accessible_resources: [{ resources: ['nudge-frame.html'], matches: [...CARD_ORIGINS], use_dynamic_url: true }],
    optional_permissions: ['notifications'],
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandOpenPopup__',
      },
      // Keyboard users reach the nudge without hunting for it; it never takes focus by itself.
      'focus-nudge': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandFocusNudge__',
      },
    },
    // light-dark() colours (Chrome 123) carry the light and dark themes.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '123' }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'hearth@hearth-extension.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on;
            // without this, strict_min_version 140 would apply there too (web-ext lint).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
