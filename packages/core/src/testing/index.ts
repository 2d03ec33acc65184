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
