import { AppError } from '@fidele/core';
import { z } from 'zod';
import { publicProcedure } from '../trpc.ts';

export const health = publicProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/health',
      summary: 'Liveness and database check',
      tags: ['health'],
      protect: false,
    },
    successStatus: 200,
  })
  .input(z.object({}).optional())
  .output(z.object({ status: z.literal('ok') }))
  .query(async ({ ctx }) => {
    try {
      await ctx.db.$queryRaw`SELECT 1`;
    } catch {
      throw new AppError('service_unavailable', 'The database is unreachable.');
    }
    return { status: 'ok' as const };
  });
