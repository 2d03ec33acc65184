import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Import direction (ARCHITECTURE.md): core → db; api → core, auth, validators; apps → api, ui, i18n.
// Nothing imports an app; the domain stays free of frameworks.
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
  forbid(
    ['packages/core/**'],
    [
      '@fidele/api',
      '@fidele/api/*',
      '@fidele/auth',
      '@fidele/auth/*',
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
    ['@fidele/core', '@fidele/core/*', '@fidele/api', '@fidele/api/*'],
    'packages/db is the bottom layer.',
  ),
  forbid(
    ['packages/**'],
    ['@fidele/portal', '@fidele/admin', '@fidele/api-server', '@fidele/worker', '**/apps/**'],
    'Packages never import an app.',
  ),
);
