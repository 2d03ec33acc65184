import { describe, expect, it } from 'vitest';
import {
  purchaseFilterFromQuery,
  purchaseParamsQuery,
  readPurchaseParams,
} from './purchase-filter.ts';

describe('purchase list params', () => {
  it('reads days as whole days in Paris, the end day included', () => {
    const filter = purchaseFilterFromQuery(
      new URLSearchParams('from=2026-07-01&to=2026-07-31&refunded=yes&channel=ESHOP'),
    );
    expect(filter.from?.toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(filter.to?.toISOString()).toBe('2026-07-31T22:00:00.000Z');
    expect(filter).toMatchObject({ refunded: true, channel: 'ESHOP', page: 1 });
  });

  it('ignores what it does not understand and round-trips what it does', () => {
    const params = readPurchaseParams(
      new URLSearchParams('channel=APP&from=yesterday&sort=amount&page=2'),
    );
    expect(params).toMatchObject({ channel: '', from: '', sort: 'amount', page: 2 });
    expect(purchaseParamsQuery(params)).toBe('?sort=amount&page=2');
    expect(purchaseParamsQuery(params, false)).toBe('?sort=amount');
  });
});
