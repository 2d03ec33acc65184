import { z } from 'zod';
import { uuid } from './common.ts';
import { rewardInput } from './reward-admin.ts';
import { discountCode } from './rewards.ts';
import { adjustmentReason, customerListInput } from './staff.ts';

/** Inputs of the back office's rewards, codes and redemptions procedures. */

export const rewardListInput = z.object({ includeArchived: z.boolean().default(false) });

export const rewardUpdateInput = z.object({ id: uuid, data: rewardInput });

export const rewardArchiveInput = z.object({ id: uuid, archived: z.boolean() });

/** A code as staff paste or type it: case, spaces and dashes are forgiven by the lookup. */
export const codeLookupInput = z.object({ code: discountCode });

export const codeCancelInput = z.object({ codeId: uuid, reason: adjustmentReason });

export const customerCodesInput = z.object({
  customerId: uuid,
  view: z.enum(['active', 'history']),
});

export const redemptionListInput = customerListInput
  .pick({ page: true, pageSize: true })
  .extend({ shopId: uuid.optional() });
