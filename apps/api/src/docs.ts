import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { DOCS_CONTENT_SECURITY_POLICY } from '@fidele/ui/security-headers';
import type { FastifyInstance } from 'fastify';

const require = createRequire(import.meta.url);

const SPEC_URL = '/api/v1/openapi.json';

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Fidèle POS and e-shop API</title>
  </head>
  <body>
    <div id="api-reference" data-spec-url="${SPEC_URL}"></div>
    <script src="/api/docs/scalar.js"></script>
    <script src="/api/docs/reference.js"></script>
  </body>
</html>`;

// Everything the reference would fetch from Scalar's services is off: its fonts (the system's
// instead), telemetry, the hosted client, developer tools and AI agent, and the request proxy
// ("Test request" calls this API directly, same origin). The page's CSP enforces it.
const configuration = {
  url: SPEC_URL,
  withDefaultFonts: false,
  telemetry: false,
  hideClientButton: true,
  showDeveloperTools: 'never',
  agent: { disabled: true },
};

const start = `Scalar.createApiReference('#api-reference', ${JSON.stringify(configuration)});\n`;

/** The OpenAPI document and an interactive reference, served from this server alone. */
export const registerDocs = (app: FastifyInstance, document: object) => {
  app.get(SPEC_URL, async () => document);
  app.get('/api/docs', async (_request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('Content-Security-Policy', DOCS_CONTENT_SECURITY_POLICY)
      .send(page),
  );
  let bundle: Promise<Buffer> | undefined;
  app.get('/api/docs/scalar.js', async (_request, reply) => {
    bundle ??= readFile(require.resolve('@scalar/api-reference/browser/standalone.js'));
    return reply
      .type('application/javascript; charset=utf-8')
      .header('Cache-Control', 'public, max-age=86400')
      .send(await bundle);
  });
  app.get('/api/docs/reference.js', async (_request, reply) =>
    reply.type('application/javascript; charset=utf-8').send(start),
  );
};
