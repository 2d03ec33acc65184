import { describe, expect, it } from 'vitest';
import { amountOfReturnedLines } from './refund-lines.ts';

const sold = [
  { sku: 'SHIRT', quantity: 2, unitAmount: 2_500 },
  { sku: 'SOCKS', quantity: 3, unitAmount: 500 },
  { sku: 'SHIRT', quantity: 1, unitAmount: 2_000 },
];

describe('amountOfReturnedLines', () => {
  it('prices returned units from the purchase lines, in line order', () => {
    expect(amountOfReturnedLines(sold, [{ sku: 'SOCKS', quantity: 2 }])).toBe(1_000);
    expect(amountOfReturnedLines(sold, [{ sku: 'SHIRT', quantity: 3 }])).toBe(7_000);
  });

  it('counts units returned before', () => {
    const before = [{ sku: 'SHIRT', quantity: 2 }];
    expect(amountOfReturnedLines(sold, [{ sku: 'SHIRT', quantity: 1 }], before)).toBe(2_000);
    expect(() => amountOfReturnedLines(sold, [{ sku: 'SHIRT', quantity: 2 }], before)).toThrow(
      expect.objectContaining({ code: 'refund_quantity_exceeds_purchase' }),
    );
  });

  it('refuses an unknown SKU, more units than bought, or a purchase without lines', () => {
    expect(() => amountOfReturnedLines(sold, [{ sku: 'HAT', quantity: 1 }])).toThrow(
      expect.objectContaining({ code: 'refund_sku_not_in_purchase' }),
    );
    expect(() => amountOfReturnedLines(sold, [{ sku: 'SOCKS', quantity: 4 }])).toThrow(
      expect.objectContaining({ code: 'refund_quantity_exceeds_purchase' }),
    );
    expect(() => amountOfReturnedLines(undefined, [{ sku: 'SOCKS', quantity: 1 }])).toThrow(
      expect.objectContaining({ code: 'purchase_has_no_lines' }),
    );
  });
});
