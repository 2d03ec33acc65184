import { Prisma, type Tx } from '@fidele/db';
import { loadEarnRules } from '../earning/index.ts';
import { type QualifyingSale, referralRewardFor } from './referral-rule.ts';

/**
 * A purchase that became the customer's outside `record_purchase` (a receipt she claimed) may be
 * her first qualifying one: `qualify_referral` marks it on her waiting referral, as a till's
 * purchase does (its update takes the referral's row, so a concurrent purchase qualifies it once).
 */
export const qualifyClaimedPurchase = async (
  tx: Tx,
  input: { customerId: string; purchaseId: string; sale: QualifyingSale },
) => {
  const reward = referralRewardFor(await loadEarnRules(tx), input.sale);
  if (!reward) return;
  await tx.$executeRaw(
    Prisma.sql`SELECT qualify_referral(${input.customerId}::uuid, ${input.purchaseId}::uuid,
                                       ${JSON.stringify(reward)}::jsonb)`,
  );
};
