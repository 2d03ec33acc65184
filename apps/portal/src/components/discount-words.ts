'use client';

import type { CustomerRouter } from '@fidele/api';
import { describeDiscount, useFormatSettings } from '@fidele/ui';
import type { inferRouterOutputs } from '@trpc/server';
import { useTranslations } from 'next-intl';

export type Discount = inferRouterOutputs<CustomerRouter>['rewards']['catalog'][number]['discount'];

/** A discount said plainly: "5 € off", "15% off, up to 30 €", "from a 40 € basket", where it works. */
export const useDiscountWords = () => {
  const t = useTranslations('discount');
  const { locale } = useFormatSettings();

  /** `inSentence` for the middle of a sentence ("Spend 60 points for free shipping?"). */
  const what = (discount: Discount, { inSentence = false } = {}): string =>
    describeDiscount(discount, locale, (key, values) =>
      t(inSentence && key === 'freeShipping' ? 'freeShippingInSentence' : key, values),
    ).what;

  return {
    what,
    /** `what`, unless the reward's name already says it ("Free shipping"): say it once. */
    beyondName: (name: string, discount: Discount): string | undefined => {
      const words = what(discount);
      // Intl puts no-break spaces in amounts ("5 €"); people type plain ones.
      const plain = (text: string) => text.toLowerCase().replace(/\s/g, ' ');
      return plain(name).includes(plain(words)) ? undefined : words;
    },
    /** The minimum basket, or undefined when there is none. */
    minBasket: (discount: Discount) =>
      describeDiscount(discount, locale, (key, values) => t(key, values)).minBasket,
    /** "Online and in shop" (a catalog entry). */
    where: (discount: Discount) => t(`where.${discount.channels}`),
    /** "Valid online and in shop" (a code in hand). */
    validWhere: (discount: Discount) => t(`validWhere.${discount.channels}`),
  };
};
