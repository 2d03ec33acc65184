export {
  createCustomer,
  customerWhere,
  findCustomer,
  getCustomerSummary,
  signUpSourceOfShop,
} from './customer.ts';
export { customerNotFound } from './customer-not-found.ts';
export { setCustomerBlocked } from './customer-block.ts';
export { findMergeCandidate, mergeAccounts } from './account-merge.ts';
export type { AccountMerge, MergeCandidate, MergedAccounts } from './account-merge.ts';
export {
  confirmEmailChange,
  correctContactDetails,
  pendingEmailChange,
} from './contact-correction.ts';
export type { ContactCorrection, EmailConfirmation } from './contact-correction.ts';
export type { CustomerBlock } from './customer-block.ts';
export type { CustomerIdentifier, CustomerSummary, NewCustomer } from './customer.ts';
export { generateMemberCode, isValidMemberCode } from './member-code.ts';
export {
  CUSTOMER_SORTS,
  customerOrderBy,
  customerSearchWhere,
  searchCustomers,
} from './customer-search.ts';
export type {
  CustomerPage,
  CustomerRow,
  CustomerSearch,
  CustomerSort,
  SortDirection,
} from './customer-search.ts';
export { getCustomerProfile } from './customer-profile.ts';
export type { CustomerProfile } from './customer-profile.ts';
export { signUpCustomer } from './sign-up.ts';
export { enrolCustomer } from './enrolment.ts';
export type { EnrolmentMail, EnrolmentRecipient } from './enrolment.ts';
export type { CustomerSignUp } from './sign-up.ts';
export { setCustomerLocale } from './customer-locale.ts';
export {
  CARD_TOKEN_STEP_SECONDS,
  cardToken,
  cardTokenInvalid,
  currentCardToken,
  customerOfCardToken,
  customerOfPresentedCardToken,
  parseCardToken,
} from './card-token.ts';
export type { TokenPresenter } from './card-token.ts';
export { getOwnProfile, isProfileComplete, updateOwnProfile } from './own-profile.ts';
export type { OwnProfile, OwnProfileUpdate } from './own-profile.ts';
export { CONSENT_KINDS, CONSENT_TEXTS, consentText, getConsents, setConsents } from './consents.ts';
export type { ConsentChanges, ConsentKind } from './consents.ts';
