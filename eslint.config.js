// ESLint flat config. Type checking itself is `tsc --noEmit` (see scripts/lint.mjs).
import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'packages/**', 'node_modules/**', 'demo-screenshots/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  noUnsanitized.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Our own rule against unsanitized DOM writes, on top of no-unsanitized: the project writes no HTML.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM nodes; never write HTML strings.' },
        { property: 'outerHTML', message: 'Build DOM nodes; never write HTML strings.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM nodes; never write HTML strings.' },
      ],
    },
  },
  {
    // Nothing the extension sees is logged (a typed password least of all).
    files: ['src/**'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['src/**'],
    ignores: ['src/shared/browser.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'webextension-polyfill', message: 'Import browser from src/shared/browser.ts, the one module that imports the polyfill.' }],
        },
      ],
    },
  },
  {
    // The password rules and the recognition engine are pure: no browser API, no UI.
    files: ['src/password/**', 'src/engine/**', 'src/rules/**', 'src/checks/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['webextension-polyfill', 'preact', 'preact/hooks'],
          patterns: [
            {
              group: ['**/shared/browser', '**/shared/storage', '**/shared/runtime-messages', '**/ui/*'],
              message: 'Pure modules must not reach browser APIs or UI.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'test/**', '*.config.*'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
);
