import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts');

const config: NextConfig = {
  // The workspace packages are TypeScript sources: Next compiles them with the app.
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
  // Native bindings and the database driver are loaded by Node at run time, not bundled.
  serverExternalPackages: [
    'argon2',
    'pg',
    '@prisma/adapter-pg',
    'ioredis',
    'rate-limiter-flexible',
  ],
  poweredByHeader: false,
};

export default withNextIntl(config);
