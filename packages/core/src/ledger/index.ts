export { programmeAccountCode } from './accounts.ts';
export { openCustomerAccount, recordMovement } from './record-movement.ts';
export type { MovementInput, RecordedMovement } from './record-movement.ts';
export { listMovements } from './history.ts';
export type { MovementView } from './history.ts';
