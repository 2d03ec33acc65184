import { Prisma } from './generated/prisma/client.ts';

/** True when a write failed on a unique constraint (Prisma P2002 or PostgreSQL 23505). */
export const isUniqueViolation = (error: unknown): boolean =>
  (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') ||
  (typeof error === 'object' && error !== null && 'code' in error && error.code === '23505');
