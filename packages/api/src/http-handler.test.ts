import type { Db } from '@fidele/db';
import { TRPC_MAX_BATCH_SIZE } from '@fidele/validators';
import { describe, expect, it, vi } from 'vitest';
import { customerRouter } from './customer/index.ts';
import { handleTrpcRequest } from './http-handler.ts';
import { publicProcedure, router } from './trpc.ts';

const context = () => ({ db: {} as Db, response: {} });

const batchOf = (procedure: string, calls: number) => {
  const paths = Array.from({ length: calls }, () => procedure).join(',');
  const input = Object.fromEntries(Array.from({ length: calls }, (_, i) => [i, {}]));
  return `http://127.0.0.1/api/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`;
};

describe('tRPC over HTTP', () => {
  it(`refuses a batch of more than ${TRPC_MAX_BATCH_SIZE} calls with a 400 in tRPC's shape`, async () => {
    const response = await handleTrpcRequest({
      router: customerRouter,
      request: new Request(batchOf('me', 300)),
      context,
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { json: { message: string; data: object } } };
    expect(body.error.json).toMatchObject({
      message: 'Batch call exceeds maximum size',
      data: { code: 'BAD_REQUEST', httpStatus: 400 },
    });
  });

  it('answers a full batch', async () => {
    const response = await handleTrpcRequest({
      router: customerRouter,
      request: new Request(batchOf('me', TRPC_MAX_BATCH_SIZE)),
      context,
    });
    // Each call is answered (a visitor is asked to sign in), the batch itself is accepted.
    expect(response.status).toBe(401);
    expect(((await response.json()) as unknown[]).length).toBe(TRPC_MAX_BATCH_SIZE);
  });

  it('sends no internal text in a 500, and logs it', async () => {
    const failing = router({
      broken: publicProcedure.query(() => {
        throw new Error('Timed out fetching a new connection from the connection pool (secret)');
      }),
    });
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await handleTrpcRequest({
      router: failing,
      request: new Request('http://127.0.0.1/api/trpc/broken'),
      context,
    });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain('connection pool');
    expect(text).not.toContain('at ');
    const { error } = JSON.parse(text) as { error: { json: { message: string } } };
    expect(error.json.message).toBe('Something went wrong on our side.');
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
