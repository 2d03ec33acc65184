import type { NextConfig } from 'next';
import { SECURITY_HEADERS } from '@fidele/ui/security-headers';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin({
  requestConfig: './src/i18n/request.ts',
  experimental: {
    // The messages are compiled at build time: the browser gets no ICU message parser.
    messages: {
      path: '../../packages/i18n/messages/portal',
      format: 'json',
      locales: ['en', 'fr'],
      precompile: true,
    },
  },
});

const config: NextConfig = {
  // The workspace packages are TypeScript source: Next compiles them with the app.
  transpilePackages: [
    '@fidele/api',
    '@fidele/auth',
    '@fidele/core',
    '@fidele/db',
    '@fidele/i18n',
    '@fidele/messaging',
    '@fidele/ui',
    '@fidele/validators',
  ],
  // Native addons load from node_modules at run time instead of being bundled.
  serverExternalPackages: [
    'argon2',
    'pg',
    '@prisma/adapter-pg',
    'ioredis',
    'rate-limiter-flexible',
  ],
  poweredByHeader: false,
  // Every response, static files included; pages also get their CSP from src/proxy.ts.
  headers: async () => [
    {
      source: '/:path*',
      headers: Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
    },
  ],
};

export default withNextIntl(config);
