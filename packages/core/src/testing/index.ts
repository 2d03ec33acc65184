export { refusal } from './refusal.ts';
export { contestData } from '../contests/contest-fixtures.ts';
export { ledgerViolations } from './ledger-invariants.ts';
export {
  givePoints,
  makeApiKey,
  makeCustomer,
  makeGame,
  makeOffer,
  makeReward,
  makeShop,
  makeStaffUser,
} from './factories.ts';
