import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from './server.ts';

let t: TestDatabase;
let app: ReturnType<typeof buildServer>;

beforeAll(async () => {
  t = await createTestDatabase();
  app = buildServer({ db: t.db, rateLimitPerMinute: 100_000 });
});
afterAll(async () => {
  await app.close();
  await t.drop();
});

const directives = (policy: string | undefined): Record<string, string[]> =>
  Object.fromEntries(
    (policy ?? '').split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );

describe('security headers of the API', () => {
  it.each([
    ['the health check', '/api/v1/health'],
    ['a refusal (401)', '/api/v1/customers/lookup?email=a@example.com'],
    ['an unknown route (404)', '/api/v1/nowhere'],
    ['the OpenAPI document', '/api/v1/openapi.json'],
    ['the docs page', '/api/docs'],
    ['the reference bundle', '/api/docs/scalar.js'],
  ])('are on %s', async (_label, url) => {
    const response = await app.inject({ url });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('same-origin');
    expect(response.headers['x-frame-options']).toBe('DENY');
    const csp = directives(response.headers['content-security-policy'] as string);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
  });

  it('lets JSON answers load nothing', async () => {
    const response = await app.inject({ url: '/api/v1/health' });
    expect(directives(response.headers['content-security-policy'] as string)).toMatchObject({
      'default-src': ["'none'"],
    });
  });
});

describe('the API docs page', () => {
  it('loads nothing from outside the platform', async () => {
    const page = await app.inject({ url: '/api/docs' });
    const csp = directives(page.headers['content-security-policy'] as string);
    // Every source the policy allows is the platform itself (or inline data it generated).
    const sources = Object.entries(csp)
      .filter(([name]) => name.endsWith('-src'))
      .flatMap(([, values]) => values);
    expect(
      sources.every((s) => ["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:'].includes(s)),
    ).toBe(true);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(page.body).not.toMatch(/https?:\/\//);
    for (const src of page.body.matchAll(/src="([^"]+)"/g))
      expect(src[1]).toMatch(/^\/api\/docs\//);
  });

  it('turns off the hosted-service buttons, fonts, telemetry and proxy', async () => {
    const script = await app.inject({ url: '/api/docs/reference.js' });
    expect(script.statusCode).toBe(200);
    const configuration = JSON.parse(
      /createApiReference\('#api-reference', (.*)\);/.exec(script.body)![1]!,
    );
    expect(configuration).toMatchObject({
      url: '/api/v1/openapi.json',
      withDefaultFonts: false,
      telemetry: false,
      hideClientButton: true,
      showDeveloperTools: 'never',
      agent: { disabled: true },
    });
    expect(configuration.proxyUrl).toBeUndefined();
  });
});
