const MINOR_UNITS = 'in minor units of `currency` (1999 is 19.99)';

/**
 * What each field of the contract means, by name, or by `parent.name` where one name means
 * different things (a tier's `code`, a discount code's `code`). The document gives every field
 * its description from here; a test checks none is left without one.
 */
export const FIELD_DESCRIPTIONS: Record<string, string> = {
  // Identifying a customer
  memberCode: "The customer's static 12-digit card number: enough to earn points.",
  cardToken:
    'The short-lived token of the rotating QR code on the member card (`FDL:<memberCode>:<8 digits>`): proves the customer is present, needed to spend points.',
  email: "The customer's email address (case does not matter).",
  phone: "The customer's phone number in international format, e.g. +33612345678.",
  firstName: "The customer's first name.",
  lastName: "The customer's last name.",
  consents: 'What the customer agreed to receive.',
  'consents.email': 'The customer agrees to marketing emails.',
  'consents.sms': 'The customer agrees to marketing text messages.',
  referralCode:
    'The referral code of the member who sent the customer (8 letters and digits, any case, a dash allowed: `CAMY-2026`). The customer joins as her referral: their first qualifying purchase rewards both.',
  customer: 'The customer, with their balance after this request.',
  'customer.id': "The customer's id (UUID).",
  pointsBalance: "The customer's spendable points after this request.",
  pendingPoints: 'Points earned but not spendable yet (the pending period after a purchase).',
  blocked:
    'True when support has blocked the account: the till may still record purchases, but its points and codes cannot be spent (403 customer_blocked).',
  tier: "The customer's tier after this request.",
  'tier.code': "The tier's stable code, e.g. GOLD.",
  'tier.name': "The tier's name, to print.",
  tierChange: 'Present only when this request moved the customer to another tier.',
  from: 'The tier before.',
  'from.code': "The tier's stable code, e.g. MEMBER.",
  'from.name': "The tier's name, to print.",
  to: 'The tier after.',
  'to.code': "The tier's stable code, e.g. SILVER.",
  'to.name': "The tier's name, to print.",
  // Purchases and refunds
  externalId:
    'Your own id of the purchase or refund (receipt or order number), unique per shop: sending it again does nothing twice. 1 to 255 characters; in a path, URL-encode it.',
  orderExternalId: 'The externalId of the order (purchase) being refunded.',
  purchaseExternalId:
    'The externalId of the purchase this basket belongs to, when it was already sent.',
  amount: `The amount ${MINOR_UNITS}.`,
  'discount.amount': `The fixed amount taken off, ${MINOR_UNITS}.`,
  currency: 'ISO 4217 currency code, e.g. EUR (the default).',
  occurredAt: 'When the purchase happened, ISO 8601 with a time zone offset.',
  lines:
    'The items of the basket (optional for a purchase; a refund by lines prices them from the purchase).',
  sku: 'Your stock-keeping unit of the item.',
  category: 'Your category of the item, used by product bonuses.',
  quantity: 'Units of the item.',
  unitAmount: `Price of one unit ${MINOR_UNITS}.`,
  redemptionIds:
    'Redemptions made for this basket before the purchase was sent, to link them to it.',
  purchase: 'The purchase recorded (or, sent again, the first one).',
  'purchase.id': "The purchase's id (UUID).",
  pointsEarned:
    'Points earned by this purchase (pending first if the programme has a pending period).',
  'invitation.pointsEarned':
    "Points the event gives for coming, credited to the customer's balance with the check-in (0 when it gives none).",
  bonusPoints:
    'Other points credited with this purchase, e.g. a first purchase on this channel: the balance moves by pointsEarned + bonusPoints.',
  claimCode:
    'Only for a purchase without a customer: print it on the receipt, the customer claims its points with it later.',
  refund: 'The refund recorded (or, sent again, the first one).',
  'refund.id': "The refund's id (UUID).",
  pointsClawedBack: 'Points taken back from the customer for the refunded part.',
  pointsWrittenOff: 'Points that could not be taken back because the customer had spent them.',
  // Baskets, codes and redemptions
  points: 'Points.',
  'lines.step': 'The earning step this line comes from.',
  label: 'The step or rule in words, to print.',
  promotions: 'The promotions that apply to this basket.',
  'promotions.id': "The promotion's id (UUID).",
  'promotions.name': "The promotion's name.",
  multiplier: 'The promotion multiplies points by multiplier / 100 (200 is double).',
  code: "The code as printed or scanned: a discount code (case and dashes do not matter), or at /invitations/check-in the code of the invitation's QR (case does not matter).",
  basketAmount: `The basket's amount before the discount, ${MINOR_UNITS}.`,
  valid: 'Whether the code may be used for this basket now.',
  reason: 'Why the code may not be used (an error code of the contract).',
  message: 'The reason in words, in English.',
  discount: 'What the code takes off.',
  type: 'The kind of discount.',
  'discount.type': 'The kind of discount.',
  amountOff: `What the code takes off this basket, ${MINOR_UNITS}.`,
  percent: 'The percentage taken off.',
  cap: `The most a percentage takes off, ${MINOR_UNITS}.`,
  minBasket: `The smallest basket the code accepts, ${MINOR_UNITS}.`,
  channels: 'Where the code can be used: STORE (tills), ONLINE (e-shop) or BOTH.',
  redemption: 'The redemption.',
  'redemption.id': "The redemption's id (UUID): keep it to roll the redemption back.",
  'redemption.code': 'The code redeemed.',
  'redemption.status': 'ROLLED_BACK: the code is usable again.',
  validUntil: 'Last moment it can be used (ISO 8601).',
  // Rewards and offers
  rewards: 'The rewards of the catalog this customer can see.',
  'rewards.id': "The reward's id (UUID).",
  'rewards.name': "The reward's name.",
  pointsCost: 'Points the reward costs.',
  affordable: 'Whether the customer has enough points for it now.',
  codes: "The customer's active discount codes.",
  'codes.code': 'The discount code.',
  offers: 'The VIP offers this customer can see.',
  'offers.id': "The offer's id (UUID).",
  title: "The offer's title, in the shop's language.",
  text: "The offer's text, in the shop's language.",
  benefit: 'DISCOUNT_CODE (claiming issues a code) or TILL_BENEFIT (applied at the till).',
  claimsLeft: 'How many more times this customer can claim the offer.',
  claim: 'The claim recorded.',
  'claim.id': "The claim's id (UUID).",
  'claim.code': 'The discount code issued by the claim, when the offer gives one.',
  offerId: "The offer's id (UUID).",
  rewardId: "The reward's id (UUID).",
  id: 'The id (UUID) of the resource in the path.',
  // Private sales
  invitation: 'The invitation, checked in.',
  'invitation.id': "The invitation's id (UUID).",
  'invitation.status': 'CHECKED_IN: the customer is in.',
  checkedInAt: 'When the invitation was checked in (ISO 8601).',
  privateSale: 'The event the invitation is for: a private sale, a preview or a workshop.',
  'privateSale.id': "The event's id (UUID).",
  'privateSale.name': "The event's name, in the customer's language.",
  // Health, webhooks
  status: '`ok` when the API and its database answer.',
  received: 'Always true: the event was applied (or had been).',
  result: 'What the event did: the purchase or refund, as POST /purchases and its refunds answer.',
  data: 'The order, with the fields of POST /purchases (order.paid) or of a refund (order.refunded).',
  shopId: "The e-shop's id (UUID), from the admin's webhook panel.",
  'Fidele-Signature': 'The HMAC-SHA256 signature of the body: `t=<unix seconds>,v1=<hex>`.',
};

/** The description of field `name` inside an object named `parent`, if the glossary has one. */
export const fieldDescription = (name: string, parent: string | undefined) =>
  (parent && FIELD_DESCRIPTIONS[`${parent}.${name}`]) || FIELD_DESCRIPTIONS[name];
