export { keepAnswer, ReplayedRefusal, runIdempotent } from './run-idempotent.ts';
export type {
  IdempotencyOwner,
  IdempotencyScope,
  Response,
  StoredAnswer,
} from './run-idempotent.ts';
export {
  keyArguments,
  keyJson,
  refuseIfRefusal,
  refuseOnce,
  replayFromKey,
  replayedAnswer,
  settleOutcome,
  storedAnswerOf,
} from './statement-outcome.ts';
export type { Answer, StatementOutcome } from './statement-outcome.ts';
export { purgeIdempotencyRecords } from './purge.ts';
