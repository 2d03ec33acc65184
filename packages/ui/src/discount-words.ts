import { formatShortMoney } from './short-money.ts';

/** A discount's terms as the API describes them (amounts in minor units). */
export type DiscountTermsView = {
  type: 'FIXED_AMOUNT' | 'PERCENTAGE' | 'FREE_SHIPPING';
  amount?: number;
  percent?: number;
  cap?: number;
  currency: string;
  minBasket?: number;
};

/**
 * The app's messages for a discount: `fixed` {amount}, `percent` {percent}, `percentCapped`
 * {percent, cap}, `freeShipping`, `minBasket` {amount}.
 */
export type DiscountMessages = (
  key: 'fixed' | 'percent' | 'percentCapped' | 'freeShipping' | 'minBasket',
  values?: Record<string, string>,
) => string;

/** A discount said plainly, in the app's words: "5 € off", "15 % off, up to 30 €". */
export const describeDiscount = (
  discount: DiscountTermsView,
  locale: string,
  messages: DiscountMessages,
): { what: string; minBasket?: string } => {
  const money = (amount: number) => formatShortMoney(amount, discount.currency, locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent' }).format(
    (discount.percent ?? 0) / 100,
  );
  const what =
    discount.type === 'FIXED_AMOUNT'
      ? messages('fixed', { amount: money(discount.amount ?? 0) })
      : discount.type === 'PERCENTAGE'
        ? discount.cap === undefined
          ? messages('percent', { percent })
          : messages('percentCapped', { percent, cap: money(discount.cap) })
        : messages('freeShipping');
  return {
    what,
    ...(discount.minBasket === undefined
      ? {}
      : { minBasket: messages('minBasket', { amount: money(discount.minBasket) }) }),
  };
};
