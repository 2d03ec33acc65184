/** Digits after the decimal point for an ISO 4217 currency (EUR 2, JPY 0, KWD 3). */
export const minorUnitDigits = (currency: string): number =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits ?? 2;

/** Whole currency units in an amount of minor units, rounded down (1999 EUR cents → 19). */
export const wholeUnits = (amount: number, currency: string): number =>
  Math.floor(amount / 10 ** minorUnitDigits(currency));
