import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { FastifyInstance } from 'fastify';

const require = createRequire(import.meta.url);

const page = (specUrl: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Fidèle POS and e-shop API</title>
  </head>
  <body>
    <script id="api-reference" data-url="${specUrl}"></script>
    <script src="/api/docs/scalar.js"></script>
  </body>
</html>`;

/** The OpenAPI document and an interactive reference (Scalar, served locally: no CDN needed). */
export const registerDocs = (app: FastifyInstance, document: object) => {
  app.get('/api/v1/openapi.json', async () => document);
  app.get('/api/docs', async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(page('/api/v1/openapi.json')),
  );
  let bundle: Promise<Buffer> | undefined;
  app.get('/api/docs/scalar.js', async (_request, reply) => {
    bundle ??= readFile(require.resolve('@scalar/api-reference/browser/standalone.js'));
    return reply
      .type('application/javascript; charset=utf-8')
      .header('Cache-Control', 'public, max-age=86400')
      .send(await bundle);
  });
};
