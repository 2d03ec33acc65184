type RefusalData = { data?: { appCode?: string; appDetails?: Record<string, unknown> } | null };

/** The application's own code for a refusal (`data.appCode` of a tRPC error), if it has one. */
export const appCodeOf = (error: unknown): string | undefined =>
  (error as RefusalData | null)?.data?.appCode;

/** What a refusal says besides its code (`data.appDetails`), e.g. when to come back. */
export const appDetailsOf = (error: unknown): Record<string, unknown> =>
  (error as RefusalData | null)?.data?.appDetails ?? {};

/**
 * Turns a table of app codes into a function from a refusal to a message key: a code the table
 * does not know, or an error without one (the network), reads as `generic`. The server's own words
 * are never shown.
 */
const refusalKey =
  <Key extends string>(keys: Record<string, Key>) =>
  (error: unknown): Key | 'generic' => {
    const appCode = appCodeOf(error);
    return (appCode && Object.hasOwn(keys, appCode) && keys[appCode]) || 'generic';
  };

/** Why a reward claim was refused, as a key under `rewards.errors`. */
export const rewardClaimErrorKey = refusalKey({
  insufficient_points: 'insufficientPoints',
  reward_out_of_stock: 'outOfStock',
  tier_too_low: 'tierTooLow',
  reward_not_available: 'notAvailable',
  reward_not_found: 'notAvailable',
});

/** Why an offer claim was refused, as a key under `offers.errors`. */
export const offerClaimErrorKey = refusalKey({
  offer_not_found: 'notAvailable',
  offer_not_available: 'notAvailable',
  // A till benefit is not claimed in the portal: her member card does it at the till.
  offer_not_valid_on_channel: 'tillOnly',
  offer_not_eligible: 'notEligible',
  offer_limit_reached: 'limitReached',
  offer_out_of_stock: 'outOfStock',
});
