import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const testRunners = ['test', 'it', 'describe'];

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'tests/bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Nothing runs code built from strings, and user text never becomes markup.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        ...['innerHTML', 'outerHTML'].map((property) => ({ property, message: 'User text must never become markup.' })),
        { property: 'insertAdjacentHTML', message: 'User text must never become markup.' },
        // Focused or skipped tests must not be committed.
        ...testRunners.flatMap((object) => [
          { object, property: 'only', message: 'Do not commit focused tests.' },
          { object, property: 'skip', message: 'Do not commit skipped tests.' },
          { object, property: 'todo', message: 'Write the test or leave it out.' },
        ]),
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'User text must never become markup.' },
        { selector: "CallExpression[callee.property.name='write'][callee.object.name='document']", message: 'No document.write.' },
      ],
    },
  },
);
