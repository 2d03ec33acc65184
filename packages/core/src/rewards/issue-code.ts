import type { ActorType, Channel, Tx } from '@fidele/db';
import { generateDiscountCode } from './code-format.ts';
import type { DiscountTerms } from './discount.ts';
import { type DiscountView, toDiscountView } from './terms.ts';

export type IssuedCode = {
  id: string;
  code: string;
  discount: DiscountView;
  validFrom: Date;
  validUntil: Date;
};

/**
 * Issues a customer's personal code, in the caller's transaction, with a copy of the terms it was
 * given (editing a reward or an offer later never changes a code already in a customer's hands).
 */
export const issueCode = async (
  tx: Tx,
  input: {
    customerId: string;
    terms: DiscountTerms;
    source: { rewardId: string; pointsCost: number } | { offerId: string };
    validFrom: Date;
    validUntil: Date;
    channel: Channel;
    actor: { type: ActorType; id?: string };
    shopId?: string;
  },
): Promise<IssuedCode> => {
  const { discountType, discountValue, discountCap, currency, minBasket, channels } = input.terms;
  const code = await tx.discountCode.create({
    data: {
      code: generateDiscountCode(),
      customerId: input.customerId,
      ...input.source,
      discountType,
      discountValue,
      discountCap,
      currency,
      minBasket,
      channels,
      validFrom: input.validFrom,
      validUntil: input.validUntil,
      events: {
        create: {
          type: 'ISSUED',
          channel: input.channel,
          shopId: input.shopId,
          actorType: input.actor.type,
          actorId: input.actor.id,
        },
      },
    },
    select: { id: true, code: true, validFrom: true, validUntil: true },
  });
  return { ...code, discount: toDiscountView(input.terms) };
};
