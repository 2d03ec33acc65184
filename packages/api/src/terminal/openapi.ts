import { generateOpenApiDocument } from 'trpc-to-openapi';
import type { TerminalRouter } from './index.ts';

export const terminalOpenApiDocument = (router: TerminalRouter, baseUrl: string) => {
  const document = generateOpenApiDocument(router, {
    title: 'Fidèle POS and e-shop API',
    version: '1.0.0',
    description:
      'Identify customers, record purchases and redeem discounts from shop tills and the e-shop. ' +
      'Authenticate with `Authorization: Bearer <api key>`. Every POST accepts an `Idempotency-Key`. ' +
      'Errors are `{ "error": { "code", "message" } }`.',
    baseUrl,
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
  });
  return document;
};
