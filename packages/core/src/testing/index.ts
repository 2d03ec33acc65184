export { ledgerViolations } from './ledger-invariants.ts';
export {
  givePoints,
  makeApiKey,
  makeCustomer,
  makeReward,
  makeShop,
  makeStaffUser,
} from './factories.ts';
