import { errorBody, type ErrorResponse, toErrorResponse } from '@fidele/api';

type FrameworkError = { statusCode?: number; code?: string; message: string };

/**
 * Fastify's own refusals (malformed JSON, a content type it cannot read, a body over the limit) in
 * the contract's shape; anything else thrown outside a procedure is mapped like a procedure's error
 * (so an unreachable database is a 503 there too).
 */
export const frameworkErrorResponse = (error: unknown): ErrorResponse => {
  const { statusCode, code, message } = (error ?? {}) as FrameworkError;
  if (statusCode === 413) return { status: 413, body: errorBody('body_too_large') };
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
    return {
      status: 400,
      body: errorBody('invalid_request', 'Send the body as application/json.'),
    };
  if (statusCode !== undefined && statusCode >= 400 && statusCode < 500)
    return { status: 400, body: errorBody('invalid_request', message) };
  return toErrorResponse(error);
};

/**
 * What Node's HTTP parser refuses before Fastify sees a request (a request line or headers over
 * 16 KiB, malformed HTTP), written on the socket in the contract's shape.
 */
export const clientErrorResponse = (error: { code?: string }): string => {
  const { status, body } =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? { status: 431, body: errorBody('headers_too_large') }
      : { status: 400, body: errorBody('invalid_request', 'Malformed HTTP request.') };
  const json = JSON.stringify(body);
  return `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`;
};
