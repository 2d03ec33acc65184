import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

type Served = {
  method: string;
  url: string;
  status: number;
  body: unknown;
  headers: Record<string, unknown>;
};
type Operation = {
  responses: Record<string, { headers?: Record<string, unknown>; content?: object }>;
};
type Document = { paths: Record<string, Record<string, Operation>> };

const PREFIX = '/api/v1';

/** `/purchases/{externalId}/refunds` → a pattern of the URLs it serves. */
const pathPattern = (path: string) =>
  new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+').replace(/[.]/g, '\\.')}$`);

const pointer = (...parts: string[]) =>
  parts.map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

/**
 * Checks answers against the OpenAPI document the server itself publishes: the operation exists,
 * the status is one it documents, the body matches that status's schema (ajv, JSON Schema 2020-12
 * as OpenAPI 3.1 uses), and the documented headers are sent. Unknown routes must answer the
 * contract's 404 `not_found`.
 */
export const contractOf = async (app: FastifyInstance) => {
  const document = (await app.inject({ url: `${PREFIX}/openapi.json` })).json() as Document;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema(document, 'contract');
  const paths = Object.keys(document.paths).map((path) => ({ path, pattern: pathPattern(path) }));

  return (served: Served): string[] => {
    const path = new URL(served.url, 'http://api.test').pathname.slice(PREFIX.length);
    const method = served.method.toLowerCase();
    const match = paths.find(({ pattern }) => pattern.test(path));
    const operation = match && document.paths[match.path]![method];
    if (!match || !operation)
      return served.status === 404 &&
        (served.body as { error?: { code?: string } })?.error?.code === 'not_found'
        ? []
        : [`${served.method} ${path}: no such operation in the document, yet ${served.status}`];
    const where = `${served.method} ${match.path} ${served.status}`;
    const response = operation.responses[String(served.status)];
    if (!response) return [`${where}: status not documented`];
    const problems: string[] = [];
    const documented = Object.keys(response.headers ?? {});
    if (documented.includes('Retry-After') && served.headers['retry-after'] === undefined)
      problems.push(`${where}: header Retry-After missing`);
    for (const header of ['Retry-After', 'Idempotent-Replayed'])
      if (served.headers[header.toLowerCase()] !== undefined && !documented.includes(header))
        problems.push(`${where}: header ${header} sent but not documented`);
    if (response.content) {
      const validate = ajv.getSchema(
        `contract#/${pointer('paths', match.path, method, 'responses', String(served.status), 'content', 'application/json', 'schema')}`,
      )!;
      if (!validate(served.body))
        problems.push(
          `${where}: body ${JSON.stringify(served.body).slice(0, 300)} — ${ajv.errorsText(validate.errors)}`,
        );
    }
    return problems;
  };
};

const contracts = new WeakMap<FastifyInstance, ReturnType<typeof contractOf>>();

/** Throws when an answer is not what the document says; the document is read once per server. */
export const expectConforms = async (app: FastifyInstance, served: Served) => {
  if (!contracts.has(app)) contracts.set(app, contractOf(app));
  const problems = (await contracts.get(app)!)(served);
  if (problems.length)
    throw new Error(`Answer not in the OpenAPI document:\n${problems.join('\n')}`);
};
