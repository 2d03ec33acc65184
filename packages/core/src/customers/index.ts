export {
  createCustomer,
  customerNotFound,
  customerSummarySelect,
  findCustomer,
  getCustomerSummary,
  toCustomerSummary,
} from './customer.ts';
export type { CustomerIdentifier, CustomerSummary, NewCustomer } from './customer.ts';
export { generateMemberCode, isValidMemberCode } from './member-code.ts';
