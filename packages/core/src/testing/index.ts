export { ledgerViolations } from './ledger-invariants.ts';
export {
  givePoints,
  makeApiKey,
  makeCustomer,
  makeOffer,
  makeReward,
  makeShop,
  makeStaffUser,
} from './factories.ts';
