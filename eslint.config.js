import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const testRunners = ['test', 'it', 'describe'];

// Nothing runs code built from strings, and user text never becomes markup.
const markupAndTestRules = [
  ...['innerHTML', 'outerHTML'].map((property) => ({ property, message: 'User text must never become markup.' })),
  { property: 'insertAdjacentHTML', message: 'User text must never become markup.' },
  // Focused or skipped tests must not be committed.
  ...testRunners.flatMap((object) => [
    { object, property: 'only', message: 'Do not commit focused tests.' },
    { object, property: 'skip', message: 'Do not commit skipped tests.' },
    { object, property: 'todo', message: 'Write the test or leave it out.' },
  ]),
];

// Hearth makes no network requests (README, "Privacy and permissions"). The
// tests and scripts may talk to their own loopback server; the product may not.
const NO_NETWORK = 'Hearth sends nothing off the device (README, "Privacy and permissions").';
const networkGlobals = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport', 'importScripts'];
const networkProperties = [
  ...['window', 'globalThis', 'self'].flatMap((object) => networkGlobals.map((property) => ({ object, property, message: NO_NETWORK }))),
  { property: 'sendBeacon', message: NO_NETWORK },
];

/** The code that ships. */
const APP_FILES = ['entrypoints/**', 'components/**', 'utils/**'];

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'tests/bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      // no-implied-eval checks only names it knows as globals; without these it
      // passes setTimeout('code') in silence (tests/unit/security-lint-rules.test.ts).
      globals: { window: 'readonly', self: 'readonly', setTimeout: 'readonly', setInterval: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': ['error', ...markupAndTestRules],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'User text must never become markup.' },
        { selector: "CallExpression[callee.property.name='write'][callee.object.name='document']", message: 'No document.write.' },
      ],
      // utils/platform/zod.ts configures zod before any schema exists (no eval probe under the extension CSP).
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', message: "Import { z } from utils/platform/zod.ts, which turns off zod's eval." }] },
      ],
    },
  },
  { files: ['utils/platform/zod.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: APP_FILES,
    rules: {
      'no-restricted-globals': ['error', ...networkGlobals.map((name) => ({ name, message: NO_NETWORK }))],
      // Repeats the shared list: a rule set here replaces the one above for these files.
      'no-restricted-properties': ['error', ...markupAndTestRules, ...networkProperties],
    },
  },
);
