import { errorCatalogue } from '@fidele/core';
import { generateOpenApiDocument } from 'trpc-to-openapi';
import {
  EVERY_POST,
  EVERY_REQUEST,
  errorResponses,
  WITH_A_KEY,
  REPLAYED,
  WITH_IDEMPOTENCY,
} from './error-responses.ts';
import { fieldDescription } from './field-descriptions.ts';
import type { TerminalRouter } from './index.ts';
import { type RestRoute, restRoutes } from './rest-routes.ts';

// The parts of the document this module reads or completes; the rest passes through.
type Schema = {
  [keyword: string]: unknown;
  description?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};
type Parameter = { [field: string]: unknown; in: string; name: string; description?: string };
type Response = {
  [field: string]: unknown;
  description: string;
  content?: { 'application/json'?: { schema: Schema } };
};
type Operation = {
  [field: string]: unknown;
  parameters?: Parameter[];
  requestBody?: { [field: string]: unknown; content?: { 'application/json'?: { schema: Schema } } };
  responses: Record<string, Response>;
  security?: object[];
};
type Document = {
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown>; securitySchemes?: object };
};

/**
 * The OpenAPI document of the REST contract, from the terminal procedures: each operation's
 * real success status, every error status and code it can answer (from the error catalogue), the
 * `Idempotency-Key` of POSTs, and a description on every field.
 */
export const terminalOpenApiDocument = (router: TerminalRouter, baseUrl: string) => {
  const document = generateOpenApiDocument(router, {
    title: 'Fidèle POS and e-shop API',
    version: '1.0.0',
    description:
      'Identify customers, record purchases and redeem discounts from shop tills and the e-shop. ' +
      'Authenticate with `Authorization: Bearer <api key>`. Amounts are integers in minor units. ' +
      'Every POST accepts an `Idempotency-Key`. Errors are `{ "error": { "code", "message" } }`; ' +
      'a 503 means retry later with the same `Idempotency-Key`.',
    baseUrl,
    securitySchemes: {
      bearer: {
        type: 'http',
        scheme: 'bearer',
        description: "A shop's API key (admin → Shops), sent as `Authorization: Bearer <key>`.",
      },
    },
  }) as unknown as Document;
  const routes = restRoutes(router);
  const paths = Object.fromEntries(
    Object.entries(document.paths ?? {}).map(([path, item]) => [
      contractPath(path),
      Object.fromEntries(
        Object.entries(item).map(([method, operation]) => {
          const route = routes.find((r) => r.path === path && r.method.toLowerCase() === method);
          return [method, route ? asServed(operation, route) : operation];
        }),
      ),
    ]),
  );
  // trpc-to-openapi's own error schemas describe tRPC's shape, which REST never sends.
  const schemas = Object.fromEntries(
    Object.entries(document.components?.schemas ?? {}).filter(
      ([name]) => !name.startsWith('error.'),
    ),
  );
  return { ...document, paths, components: { ...document.components, schemas } };
};

// The contract names the refunded purchase `{externalId}` in the path while the refund's own
// `externalId` is in the body; a procedure's input cannot hold both under one name, so the
// procedure calls the path one `purchaseExternalId` and the document shows the contract's name.
const PATH_ALIASES: Record<string, string> = { purchaseExternalId: 'externalId' };

const contractPath = (path: string) =>
  Object.entries(PATH_ALIASES).reduce(
    (out, [from, to]) => out.replaceAll(`{${from}}`, `{${to}}`),
    path,
  );

const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Any 1 to 255 characters, unique per request you mean: a retry with the same key and body gets the first answer (status and body, with `Idempotent-Replayed: true`) and does nothing twice. Kept at least 24 hours, per API key.',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
};

// A POST that changes nothing accepts the header (a till can send it on every POST) and answers
// each retry afresh: there is nothing to do twice.
const IGNORED_IDEMPOTENCY_KEY = {
  ...IDEMPOTENCY_KEY,
  description:
    'Accepted like on every POST; this request changes nothing, so a retry is simply answered again.',
};

/** One operation as the REST adapter serves it. */
const asServed = (operation: Operation, route: RestRoute): Operation => {
  const success = operation.responses['200']!;
  const post = route.method === 'POST';
  const answered = (description: string) => ({
    ...success,
    description,
    ...(route.idempotent ? { headers: REPLAYED } : {}),
  });
  const responses = {
    [route.successStatus]: answered(route.successStatus === 201 ? 'Created' : 'OK'),
    ...(route.resentStatus
      ? { [route.resentStatus]: answered('Sent again: the first answer, nothing done twice') }
      : {}),
    ...withReplayedRefusals(
      route,
      errorResponses([
        ...EVERY_REQUEST,
        ...(route.authenticated ? WITH_A_KEY : []),
        ...(post ? EVERY_POST : []),
        ...(route.idempotent ? WITH_IDEMPOTENCY : []),
        ...route.errors,
      ]),
    ),
  };
  return described({
    ...operation,
    parameters: [
      ...(operation.parameters ?? []).map((parameter) =>
        parameter.in === 'path'
          ? { ...parameter, name: PATH_ALIASES[parameter.name] ?? parameter.name }
          : parameter,
      ),
      ...(route.idempotent ? [IDEMPOTENCY_KEY] : post ? [IGNORED_IDEMPOTENCY_KEY] : []),
    ],
    responses,
    security: route.authenticated ? [{ bearer: [] }] : [],
  });
};

/** A domain's refusal is kept under its Idempotency-Key like a success: its replay says so too. */
const withReplayedRefusals = (route: RestRoute, responses: Record<string, Response>) =>
  Object.fromEntries(
    Object.entries(responses).map(([status, response]) => [
      status,
      route.idempotent &&
      route.errors.some((code) => String(errorCatalogue[code].status) === status)
        ? { ...response, headers: { ...(response.headers as object), ...REPLAYED } }
        : response,
    ]),
  );

/** Gives every parameter and property without a description the glossary's. */
export const described = <T extends Operation>(operation: T): T => {
  const walk = (schema: Schema | undefined, parent?: string): void => {
    if (!schema) return;
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      property.description ??= fieldDescription(name, parent);
      walk(property, name);
    }
    walk(schema.items, parent);
    for (const branch of [
      ...(schema.anyOf ?? []),
      ...(schema.oneOf ?? []),
      ...(schema.allOf ?? []),
    ])
      walk(branch, parent);
  };
  for (const parameter of operation.parameters ?? [])
    parameter.description ??= fieldDescription(
      PATH_ALIASES[parameter.name] ?? parameter.name,
      undefined,
    );
  walk(operation.requestBody?.content?.['application/json']?.schema);
  for (const response of Object.values(operation.responses))
    walk(response.content?.['application/json']?.schema);
  return operation;
};
