export { claimOffer } from './claim-offer.ts';
export type { OfferClaimResult } from './claim-offer.ts';
export { listOffersFor } from './customer-offers.ts';
export type { CustomerOffer } from './customer-offers.ts';
export {
  createOffer,
  eachOfferClaim,
  getOffer,
  listOfferClaims,
  listOffersForAdmin,
  offerNotFound,
  setOfferArchived,
  updateOffer,
} from './offer-admin.ts';
export type { OfferClaimRow, OfferData, OfferView } from './offer-admin.ts';
export { claimsLeft, offerAccess, offerPhase } from './offer-rules.ts';
export type { OfferAccess, OfferPhase } from './offer-rules.ts';
