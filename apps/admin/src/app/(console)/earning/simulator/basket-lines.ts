import { parseAmount } from '../../../../lib/form-reading.ts';

export type ParsedLine = { sku: string; category?: string; quantity: number; unitAmount: number };

/**
 * Lines pasted as `sku,category,quantity,unitAmount` (unit amount in currency units, "12.50");
 * blank lines are skipped. Returns the 1-based numbers of the lines that do not read.
 */
export const parseBasketLines = (
  text: string,
  currency: string,
): { lines: ParsedLine[] } | { badLines: number[] } => {
  const lines: ParsedLine[] = [];
  const badLines: number[] = [];
  text.split('\n').forEach((raw, index) => {
    if (!raw.trim()) return;
    const [sku = '', category = '', quantity = '', unit = ''] = raw
      .split(/[,;\t]/)
      .map((c) => c.trim());
    const parsed = {
      sku,
      category: category || undefined,
      quantity: /^\d+$/.test(quantity) ? Number(quantity) : Number.NaN,
      unitAmount: parseAmount(unit, currency),
    };
    if (!sku || !(parsed.quantity > 0) || Number.isNaN(parsed.unitAmount)) badLines.push(index + 1);
    else lines.push(parsed);
  });
  return badLines.length ? { badLines } : { lines };
};
