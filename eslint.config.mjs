import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  {
    ignores: [
      'out/',
      'dist/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench/results.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // The layers of the house (ARCHITECTURE.md): nothing imports upward.
  {
    files: ['shared/**'],
    rules: restrict(
      ['**/electron/**', '**/renderer/**', 'electron'],
      'shared/ is imported by both sides and imports neither.',
    ),
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(
      ['**/electron/**', 'electron', 'node:*'],
      'The renderer reaches the main process only through the contract.',
    ),
  },
  {
    files: ['electron/services/**', 'electron/cli/**'],
    rules: restrict(
      ['electron', '**/main/**', '**/preload/**', '**/renderer/**'],
      'Services and the CLI are plain Node: no Electron.',
    ),
  },
  {
    files: ['renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, i18next },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Every word the user reads comes from locales/.
      'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }],
      // The plugin's text-only mode does not look at attributes; these are read out or shown.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            ':matches(JSXAttribute[name.name=/^(aria-label|aria-description|title|placeholder|alt|label)$/] > Literal, JSXAttribute[name.name=/^(aria-label|aria-description|title|placeholder|alt|label)$/] > JSXExpressionContainer > Literal)',
          message: 'User-visible attribute text comes from locales/ through t().',
        },
      ],
    },
  },
  prettier,
);
