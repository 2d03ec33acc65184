export { ledgerViolations } from './ledger-invariants.ts';
export { givePoints, makeApiKey, makeCustomer, makeReward, makeShop } from './factories.ts';
