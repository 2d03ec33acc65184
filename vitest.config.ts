import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The email templates are TSX (react-email): compiled for React's automatic runtime.
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'packages/**/*.test.ts',
            'apps/**/*.test.ts',
            'e2e/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          exclude: ['**/*.integration.test.ts', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: [
            'packages/**/*.integration.test.ts',
            'apps/**/*.integration.test.ts',
            'prisma/**/*.integration.test.ts',
          ],
          exclude: ['**/node_modules/**'],
          globalSetup: ['packages/db/src/testing/global-setup.ts'],
          // next-auth imports `next/server` without an extension (Next's bundler resolves it,
          // Node's ESM loader does not): bundled with the tests, the sign-in flows run here too.
          server: { deps: { inline: ['next-auth'] } },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
