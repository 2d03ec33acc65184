export { ReplayedRefusal, runIdempotent } from './run-idempotent.ts';
export type { IdempotencyScope, Response } from './run-idempotent.ts';
export { purgeIdempotencyRecords } from './purge.ts';
