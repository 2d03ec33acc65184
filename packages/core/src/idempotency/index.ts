export { keepAnswer, ReplayedRefusal, runIdempotent } from './run-idempotent.ts';
export type {
  IdempotencyOwner,
  IdempotencyScope,
  Response,
  StoredAnswer,
} from './run-idempotent.ts';
export {
  callWriteFunction,
  keyArguments,
  keyJson,
  refuseIfRefusal,
  refuseOnce,
  replayFromKey,
  replayedAnswer,
  settleOutcome,
  settleWithAnswer,
  storedAnswerOf,
} from './statement-outcome.ts';
export type { Answer, StatementOutcome, WriteFunction } from './statement-outcome.ts';
export { purgeIdempotencyRecords } from './purge.ts';
