export { claimOffer } from './claim-offer.ts';
export type { OfferClaimAnswering } from './claim-offer.ts';
export type { OfferClaimInput, OfferClaimResult } from './offer-claim-decision.ts';
export { listOffersFor } from './customer-offers.ts';
export type { CustomerOffer } from './customer-offers.ts';
export {
  createOffer,
  getOffer,
  listOffersForAdmin,
  setOfferArchived,
  updateOffer,
} from './offer-admin.ts';
export type { OfferData, OfferView } from './offer-admin.ts';
export { eachOfferClaim, listOfferClaims } from './offer-claims.ts';
export type { OfferClaimRow } from './offer-claims.ts';
