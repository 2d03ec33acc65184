import type { FastifyInstance } from 'fastify';
import { expectConforms } from './contract-conformance.ts';

export type RestCall = {
  method?: 'GET' | 'POST';
  url: string;
  /** Bearer key; `null` sends none. */
  key?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
};

/**
 * Calls the REST API in-process, as a till would over HTTP, and checks every answer against the
 * OpenAPI document the server publishes, so the document and the server cannot drift apart.
 */
export const restClient =
  (app: FastifyInstance, defaultKey: () => string) =>
  async ({ method = 'GET', url, key = defaultKey(), body, headers = {} }: RestCall) => {
    const response = await app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    const answer = {
      status: response.statusCode,
      body: response.json(),
      headers: response.headers,
    };
    await expectConforms(app, { method, url: `/api/v1${url}`, ...answer });
    return answer;
  };
