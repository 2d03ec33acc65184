export { ledgerViolations } from './ledger-invariants.ts';
export { makeApiKey, makeCustomer, makeShop } from './factories.ts';
