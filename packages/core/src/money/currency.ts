const digits = new Map<string, number>();

/** Digits after the decimal point for an ISO 4217 currency (EUR 2, JPY 0, KWD 3). */
export const minorUnitDigits = (currency: string): number => {
  let known = digits.get(currency);
  if (known === undefined) {
    // Building a formatter is costly: once per currency, not once per purchase.
    known =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2;
    digits.set(currency, known);
  }
  return known;
};

/** Whole currency units in an amount of minor units, rounded down (1999 EUR cents → 19). */
export const wholeUnits = (amount: number, currency: string): number =>
  Math.floor(amount / 10 ** minorUnitDigits(currency));
