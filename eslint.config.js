import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

// Import direction (ARCHITECTURE.md at the root): core → db; api → core, auth, validators; apps → api, ui, i18n.
// Nothing imports an app; the domain stays free of frameworks.
const apps = [
  '@fidele/portal',
  '@fidele/admin',
  '@fidele/api-server',
  '@fidele/worker',
  '**/apps/**',
];

// Each file matches one of these blocks only: flat config does not merge two settings of a rule.
const forbid = (files, patterns, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
  },
});

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/.next/**',
      '**/dist/**',
      '**/.turbo/**',
      '.fidele/**',
      'packages/db/src/generated/**',
      'test-results/**',
      'playwright-report/**',
      '**/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    ...importX.flatConfigs.typescript,
    files: ['packages/**/*.{ts,tsx}', 'apps/**/*.{ts,tsx}', 'e2e/**/*.ts'],
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['packages/*/tsconfig.json', 'apps/*/tsconfig.json', 'e2e/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  forbid(
    ['packages/core/**'],
    [
      ...apps,
      '@fidele/api',
      '@fidele/api/*',
      '@fidele/auth',
      '@fidele/auth/*',
      '@fidele/ui',
      'next',
      'next/*',
      'next-auth',
      '@trpc/*',
      'react',
    ],
    'packages/core holds framework-free domain logic: it may import @fidele/db only.',
  ),
  forbid(
    ['packages/db/**'],
    [...apps, '@fidele/core', '@fidele/core/*', '@fidele/api', '@fidele/api/*'],
    'packages/db is the bottom layer.',
  ),
  forbid(
    ['packages/{api,auth,validators,ui,i18n,messaging}/**'],
    apps,
    'Packages never import an app.',
  ),
);
