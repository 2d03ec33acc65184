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
  return withContractPathNames(document);
};

// The contract names the refunded purchase `{externalId}` in the path while the refund's own
// `externalId` is in the body; a procedure's input cannot hold both under one name, so the
// procedure calls the path one `purchaseExternalId` and the document shows the contract's name.
const PATH_ALIASES: Record<string, string> = { purchaseExternalId: 'externalId' };

const withContractPathNames = <T extends { paths?: Record<string, unknown> }>(document: T): T => {
  const rename = (text: string) =>
    Object.entries(PATH_ALIASES).reduce(
      (out, [from, to]) => out.replaceAll(`{${from}}`, `{${to}}`),
      text,
    );
  const paths = Object.fromEntries(
    Object.entries(document.paths ?? {}).map(([path, item]) => {
      const operations = Object.fromEntries(
        Object.entries(item as Record<string, { parameters?: { in: string; name: string }[] }>).map(
          ([method, operation]) => [
            method,
            {
              ...operation,
              parameters: operation.parameters?.map((parameter) =>
                parameter.in === 'path'
                  ? { ...parameter, name: PATH_ALIASES[parameter.name] ?? parameter.name }
                  : parameter,
              ),
            },
          ],
        ),
      );
      return [rename(path), operations];
    }),
  );
  return { ...document, paths };
};
