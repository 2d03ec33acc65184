type ClaimErrorKey =
  'insufficientPoints' | 'outOfStock' | 'tierTooLow' | 'notAvailable' | 'generic';

const keys: Record<string, ClaimErrorKey> = {
  insufficient_points: 'insufficientPoints',
  reward_out_of_stock: 'outOfStock',
  tier_too_low: 'tierTooLow',
  reward_not_available: 'notAvailable',
  reward_not_found: 'notAvailable',
};

/** Why a claim was refused, as a key under `rewards.errors` (never the server's own words). */
export const claimErrorKey = (error: unknown): ClaimErrorKey => {
  const appCode = (error as { data?: { appCode?: string } | null } | null)?.data?.appCode;
  return (appCode && keys[appCode]) || 'generic';
};
