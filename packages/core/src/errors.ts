/**
 * Every error code the platform answers, named once: its HTTP status and the message sent when a
 * throw site has nothing more precise to say. Clients match on the code (stable, snake_case); the
 * API maps the status to tRPC and REST, and the OpenAPI document lists the codes from here.
 */
export const errorCatalogue = {
  invalid_request: { status: 400, message: 'The request is invalid.' },
  invalid_adjustment: { status: 400, message: 'This points adjustment is not possible.' },
  invalid_tier_ladder: { status: 400, message: 'The tier ladder is not consistent.' },
  invalid_prize_table: {
    status: 400,
    message: 'The prize table is not consistent: the weights must add up to 100 %.',
  },
  offer_target_not_found: {
    status: 400,
    message: 'The target names a tier or a segment that does not exist (or is archived).',
  },
  game_reward_not_available: {
    status: 400,
    message: 'A prize gives a reward that does not exist or is archived.',
  },
  contest_network_not_allowed: {
    status: 400,
    message: 'This contest does not take entries from this network.',
  },
  contest_reward_not_available: {
    status: 400,
    message: 'The prize is a reward that does not exist or is archived.',
  },
  referral_code_unknown: { status: 400, message: 'No member has this referral code.' },
  unauthorized: { status: 401, message: 'Please sign in.' },
  invalid_signature: {
    status: 401,
    message: 'Missing, invalid or expired Fidele-Signature for this shop.',
  },
  forbidden: { status: 403, message: 'You may not do this.' },
  shop_not_yours: { status: 403, message: 'This belongs to a shop that is not yours.' },
  card_token_invalid: { status: 403, message: 'The member card token is invalid or has expired.' },
  offer_not_eligible: { status: 403, message: 'This offer is not for this customer.' },
  tier_too_low: { status: 403, message: 'This reward is for a higher tier.' },
  game_not_eligible: { status: 403, message: 'This game is not open to this member.' },
  game_needs_verified_email: {
    status: 403,
    message: 'Confirm your email address to play this game.',
  },
  contest_not_eligible: { status: 403, message: 'This contest is not open to your tier.' },
  contest_needs_verified_email: {
    status: 403,
    message: 'Confirm your email address to enter this contest.',
  },
  not_found: { status: 404, message: 'No such route.' },
  customer_not_found: { status: 404, message: 'No such customer.' },
  purchase_not_found: { status: 404, message: 'No purchase with this externalId here.' },
  my_purchase_not_found: { status: 404, message: 'No such purchase.' },
  receipt_not_found: { status: 404, message: 'No receipt has this code.' },
  code_not_found: { status: 404, message: 'No discount code matches.' },
  redemption_not_found: { status: 404, message: 'No such redemption for this shop.' },
  reward_not_found: { status: 404, message: 'No such reward in the catalog.' },
  offer_not_found: { status: 404, message: 'No such offer.' },
  segment_not_found: { status: 404, message: 'No such segment.' },
  earn_rule_not_found: { status: 404, message: 'No such earn rule.' },
  staff_not_found: { status: 404, message: 'No such staff member.' },
  api_key_not_found: { status: 404, message: 'No such API key.' },
  shop_not_found: { status: 404, message: 'No such shop.' },
  tier_not_found: { status: 404, message: 'No such tier.' },
  game_not_found: { status: 404, message: 'No such game.' },
  game_play_not_found: { status: 404, message: 'No such play of yours.' },
  contest_not_found: { status: 404, message: 'No such contest.' },
  referral_not_found: { status: 404, message: 'No such referral.' },
  contest_entry_not_found: { status: 404, message: 'No such entry in this contest.' },
  contest_winner_not_found: { status: 404, message: 'No such winner of this contest.' },
  private_sale_not_found: { status: 404, message: 'No such private sale.' },
  invitation_not_found: { status: 404, message: 'No invitation has this code.' },
  unsubscribe_link_invalid: { status: 404, message: 'This unsubscribe link is not valid.' },
  message_not_found: { status: 404, message: 'No such message.' },
  webhook_endpoint_not_found: { status: 404, message: 'No such webhook endpoint.' },
  webhook_delivery_not_found: { status: 404, message: 'No such webhook delivery.' },
  customer_exists: {
    status: 409,
    message: 'A customer with this email or phone already exists.',
  },
  phone_taken: { status: 409, message: 'Another member already uses this phone number.' },
  email_taken: { status: 409, message: 'Another member already uses this email address.' },
  merge_same_account: { status: 422, message: 'An account cannot be merged into itself.' },
  email_change_link_invalid: {
    status: 422,
    message: 'This confirmation link has expired or was already used.',
  },
  purchase_conflict: {
    status: 409,
    message: 'This externalId was already recorded with another amount or other lines.',
  },
  receipt_already_claimed: { status: 409, message: 'This receipt was already claimed.' },
  code_already_redeemed: { status: 409, message: 'This code has already been used.' },
  code_not_active: { status: 409, message: 'Only an active code can be cancelled.' },
  already_rolled_back: { status: 409, message: 'This redemption was already rolled back.' },
  game_play_voided: { status: 409, message: 'This play was already voided.' },
  game_quiz_over: { status: 409, message: 'This quiz is over: all its answers are in.' },
  customer_erased: { status: 409, message: 'This customer’s personal data was already erased.' },
  customer_merged: {
    status: 409,
    message: 'This account was merged into another account of the same customer.',
  },
  customer_blocked: {
    status: 403,
    message:
      'This customer’s account is blocked: points and codes cannot be spent until support unblocks it.',
  },
  referral_not_held: {
    status: 409,
    message: 'Only a referral held for review can be approved or rejected.',
  },
  contest_slug_taken: { status: 409, message: 'Another contest already has this link.' },
  contest_entry_limit: {
    status: 409,
    message: 'You have entered this contest as many times as its rules allow.',
  },
  contest_entry_taken: { status: 409, message: 'This post is already entered in the contest.' },
  contest_entry_not_claimed: {
    status: 409,
    message:
      'No member claims this entry (or it is a member’s already): there is nothing to decide.',
  },
  contest_draw_frozen: {
    status: 409,
    message: 'The draw’s list is frozen: entries and their approvals can no longer change.',
  },
  contest_draw_not_frozen: {
    status: 409,
    message: 'Freeze the list of approved entries (and publish its hash) before drawing.',
  },
  contest_already_drawn: { status: 409, message: 'This contest’s winners are already drawn.' },
  contest_entry_points_taken_back: {
    status: 409,
    message: 'This entry’s points were paid and taken back: it cannot be approved again.',
  },
  already_checked_in: { status: 409, message: 'This invitation was already checked in.' },
  private_sale_full: { status: 409, message: 'Every place of this event is taken.' },
  invitation_not_accepted: {
    status: 409,
    message: 'Accept the invitation (or confirm the place offered to you) first.',
  },
  private_sale_capacity_below_places: {
    status: 409,
    message: 'More places are already taken than this capacity.',
  },
  reward_out_of_stock: { status: 409, message: 'This reward is out of stock.' },
  offer_limit_reached: {
    status: 409,
    message: 'This customer already claimed this offer as often as allowed.',
  },
  offer_out_of_stock: { status: 409, message: 'This offer has been fully claimed.' },
  offer_cap_below_claims: {
    status: 409,
    message: 'The offer was already claimed more often than this cap.',
  },
  tier_in_use: {
    status: 409,
    message: 'This tier still has customers, rewards or history: it cannot be removed.',
  },
  api_key_revoked: { status: 409, message: 'This API key is already revoked.' },
  webhook_delivery_in_progress: {
    status: 409,
    message: 'This delivery is on its way: replay it once it is over.',
  },
  staff_exists: { status: 409, message: 'A staff member already has this email.' },
  idempotency_key_in_use: {
    status: 409,
    message: 'A request with this Idempotency-Key is still being processed.',
  },
  body_too_large: { status: 413, message: 'The request body is too large.' },
  url_too_long: { status: 414, message: 'The request URL is too long.' },
  headers_too_large: { status: 431, message: 'The request line or headers are too large.' },
  password_link_invalid: {
    status: 422,
    message: 'This link has expired or was already used: ask for a new one.',
  },
  wrong_password: { status: 422, message: 'Your current password is not this one.' },
  private_sale_not_online: {
    status: 422,
    message: 'This event takes place in a shop: show your invitation at its door.',
  },
  message_not_resendable: {
    status: 422,
    message: 'Only a service message that was sent or failed can be sent again.',
  },
  staff_not_invited: {
    status: 422,
    message: 'This member already chose a password or is disabled.',
  },
  staff_self_change: {
    status: 422,
    message: 'You cannot change your own role or disable yourself: another owner can.',
  },
  last_owner: {
    status: 422,
    message: 'The programme needs at least one active owner: make someone else an owner first.',
  },
  idempotency_key_reused: {
    status: 422,
    message: 'This Idempotency-Key was used with a different request.',
  },
  game_budget_spent: {
    status: 422,
    message: 'The game has no points budget left: it cannot start.',
  },
  game_not_open: { status: 422, message: 'This game is not on now.' },
  contest_not_open: { status: 422, message: 'This contest is not taking entries now.' },
  contest_draw_no_entries: {
    status: 422,
    message: 'No approved entry to draw from: approve entries first.',
  },
  invitation_not_for_this_shop: {
    status: 422,
    message: 'This invitation is for an event in another shop.',
  },
  private_sale_not_open: { status: 422, message: 'This event is not open now.' },
  private_sale_over: { status: 422, message: 'This event is over.' },
  sms_needs_phone: {
    status: 422,
    message: 'Add a phone number to your profile to receive text messages.',
  },
  game_no_plays_left: {
    status: 422,
    message: 'No plays left today: come back tomorrow.',
  },
  game_new_member_wait: {
    status: 422,
    message: 'New members can play a little after joining: come back later.',
  },
  insufficient_points: { status: 422, message: 'Not enough points for this.' },
  claim_code_mistyped: { status: 422, message: 'This receipt code has a typo.' },
  receipt_claim_expired: { status: 422, message: 'This receipt can no longer be claimed.' },
  receipt_refunded: { status: 422, message: 'This purchase was refunded in full.' },
  offer_not_available: { status: 422, message: 'This offer is not on now.' },
  reward_not_valid_on_channel: {
    status: 422,
    message: 'This reward cannot be used on this channel.',
  },
  offer_not_valid_on_channel: {
    status: 422,
    message: 'This offer cannot be used on this channel.',
  },
  reward_not_available: { status: 422, message: 'This reward cannot be claimed today.' },
  code_cancelled: { status: 422, message: 'This code was cancelled.' },
  code_expired: { status: 422, message: 'This code has expired.' },
  code_not_yet_valid: { status: 422, message: 'This code is not valid yet.' },
  code_not_valid_on_channel: { status: 422, message: 'This code cannot be used on this channel.' },
  currency_mismatch: { status: 422, message: 'This code is for another currency.' },
  basket_below_minimum: { status: 422, message: 'The basket is below the minimum for this code.' },
  purchase_has_no_lines: {
    status: 422,
    message: 'This purchase was recorded without lines: refund it by amount.',
  },
  refund_sku_not_in_purchase: { status: 422, message: 'A returned SKU is not in this purchase.' },
  refund_quantity_exceeds_purchase: {
    status: 422,
    message: 'More units returned than were bought.',
  },
  refund_exceeds_purchase: { status: 422, message: 'Refunds would total more than the purchase.' },
  shop_not_eshop: { status: 422, message: 'Only an e-shop can push order webhooks.' },
  webhook_url_insecure: {
    status: 422,
    message: 'A webhook endpoint needs an https:// address.',
  },
  rate_limited: { status: 429, message: 'Too many requests: wait and try again.' },
  internal_error: { status: 500, message: 'Something went wrong on our side.' },
  mail_unavailable: { status: 503, message: 'Email is not set up here.' },
  service_unavailable: {
    status: 503,
    message: 'The service is unavailable for a moment: retry with the same Idempotency-Key.',
  },
} as const satisfies Record<string, { status: ErrorStatus; message: string }>;

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 414 | 422 | 429 | 431 | 500 | 503;
export type ErrorCode = keyof typeof errorCatalogue;

/** The codes a status can carry, e.g. for the OpenAPI description of a 404. */
export const codesWithStatus = (status: ErrorStatus): ErrorCode[] =>
  (Object.keys(errorCatalogue) as ErrorCode[]).filter(
    (code) => errorCatalogue[code].status === status,
  );

/**
 * The one error type of the domain: a catalogued code, a message (the catalogue's unless the throw
 * site says more) and, when a client needs them to show the refusal, structured details.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: ErrorStatus;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message?: string, details?: Record<string, unknown>) {
    super(message ?? errorCatalogue[code].message);
    this.name = 'AppError';
    this.code = code;
    this.status = errorCatalogue[code].status;
    if (details) this.details = details;
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
