import type { ErrorResponse } from '@fidele/api';
import type { FastifyReply } from 'fastify';

/** Sends an error in the contract's shape, with `Retry-After` when the client should come back. */
export const sendError = (
  reply: FastifyReply,
  { status, body, retryAfterSeconds }: ErrorResponse,
) => {
  if (retryAfterSeconds !== undefined) reply.header('Retry-After', String(retryAfterSeconds));
  return reply.code(status).send(body);
};
