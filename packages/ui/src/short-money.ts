/**
 * Money from minor units without the zero cents of a whole amount (500 EUR → "€5" / "5 €"), for
 * offers read at a glance; amounts with cents keep them ("€7.50").
 */
export const formatShortMoney = (amount: number, currency: string, locale: string): string => {
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    trailingZeroDisplay: 'stripIfInteger',
  });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amount / 10 ** digits);
};
