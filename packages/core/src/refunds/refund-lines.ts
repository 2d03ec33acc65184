import { AppError } from '../errors.ts';

export type SoldLine = { sku: string; quantity: number; unitAmount: number };
export type ReturnedLine = { sku: string; quantity: number };

/**
 * The amount of returned units, priced from the purchase's own lines. Units refunded before are
 * taken off first, so a SKU can be returned at most as many times as it was bought; when a SKU
 * appears on several lines, units are returned in the order of the lines.
 */
export const amountOfReturnedLines = (
  sold: readonly SoldLine[] | undefined,
  returned: readonly ReturnedLine[],
  returnedBefore: readonly ReturnedLine[] = [],
): number => {
  if (!sold?.length) throw new AppError('purchase_has_no_lines');
  const remaining = sold.map((line) => ({ ...line }));
  const take = (line: ReturnedLine): number => {
    const candidates = remaining.filter((candidate) => candidate.sku === line.sku);
    if (!candidates.length)
      throw new AppError('refund_sku_not_in_purchase', `SKU ${line.sku} is not in this purchase.`);
    let units = line.quantity;
    let amount = 0;
    for (const candidate of candidates) {
      const taken = Math.min(units, candidate.quantity);
      candidate.quantity -= taken;
      amount += taken * candidate.unitAmount;
      units -= taken;
    }
    if (units > 0)
      throw new AppError(
        'refund_quantity_exceeds_purchase',
        `More units of ${line.sku} returned than were bought.`,
      );
    return amount;
  };
  returnedBefore.forEach(take);
  return returned.reduce((total, line) => total + take(line), 0);
};
