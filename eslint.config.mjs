import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import i18next from 'eslint-plugin-i18next';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

const PLANNER_IS_PURE =
  'planner/ is pure: the catalog comes in as data, documents go out as data (plan-exports.ts writes them).';

export default tseslint.config(
  {
    ignores: [
      'out/',
      'dist/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench/results.json',
      'bench/.deps/',
      'bench/.probe/',
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
  // The rooms of the services (ARCHITECTURE.md): what a catalog is knows nothing of the disk;
  // how it reaches the disk knows nothing of reports, exchange or settings.
  {
    files: ['electron/services/catalog/**'],
    rules: restrict(
      [
        'electron',
        '**/main/**',
        '**/preload/**',
        '**/renderer/**',
        '**/storage/**',
        '**/store/**',
        '**/reports/**',
        '**/exchange/**',
        '**/settings/**',
        'node:fs',
        'node:fs/*',
      ],
      'catalog/ is what a catalog is and the rules of change: no disk, no reports.',
    ),
  },
  {
    files: ['electron/services/planner/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'electron',
                '**/main/**',
                '**/preload/**',
                '**/renderer/**',
                '**/storage/**',
                '**/store/**',
                '**/exchange/**',
                '**/settings/**',
                '**/contract-handlers',
                '**/open-services',
                '**/plan-exports',
                'node:fs',
                'node:fs/*',
              ],
              message: PLANNER_IS_PURE,
            },
            // Documents go out as the report engine's data (pdf/pdf-model), never through the engine.
            { regex: '/reports/(?!pdf/pdf-model$)', message: PLANNER_IS_PURE },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/services/storage/**'],
    rules: restrict(
      [
        'electron',
        '**/main/**',
        '**/preload/**',
        '**/renderer/**',
        '**/store/**',
        '**/reports/**',
        '**/exchange/**',
        '**/settings/**',
        '**/contract-handlers',
      ],
      'storage/ is how a catalog reaches the disk: it knows nothing of the store, reports or exchange.',
    ),
  },
  {
    files: [
      'electron/services/store/**',
      'electron/services/reports/**',
      'electron/services/exchange/**',
      'electron/services/seed/**',
      'electron/services/settings/**',
    ],
    rules: restrict(
      [
        'electron',
        '**/main/**',
        '**/preload/**',
        '**/renderer/**',
        '**/contract-handlers',
        '**/open-services',
      ],
      'Rooms below the dispatcher never import it.',
    ),
  },
  // The renderer: shell (app/) -> features -> kit/ -> shared/.
  {
    files: ['renderer/*/**'],
    ignores: ['renderer/app/**'],
    rules: restrict(
      ['**/electron/**', 'electron', 'node:*', '**/app/*'],
      'Features and the kit never import the shell (renderer/app/).',
    ),
  },
  {
    files: ['renderer/kit/**'],
    rules: restrict(
      [
        '**/electron/**',
        'electron',
        'node:*',
        '**/app/*',
        '**/catalog/*',
        '**/editor/*',
        '**/exchange/*',
        '**/history/*',
        '**/pathway/*',
        '**/reports/*',
        '**/settings/*',
      ],
      'The kit sits below every feature: it imports only shared/.',
    ),
  },
  {
    files: ['electron/**', 'renderer/**', 'shared/**'],
    plugins: { 'import-x': importX },
    settings: {
      // Without the parser for its dependencies, no-cycle silently sees no imports at all.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
      'import-x/resolver-next': [
        importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.mts'] }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
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
