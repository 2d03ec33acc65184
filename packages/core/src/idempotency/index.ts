export { ReplayedRefusal, runIdempotent } from './run-idempotent.ts';
export type { IdempotencyOwner, IdempotencyScope, Response } from './run-idempotent.ts';
export { purgeIdempotencyRecords } from './purge.ts';
