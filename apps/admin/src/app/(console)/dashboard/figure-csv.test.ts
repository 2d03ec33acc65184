import { describe, expect, it } from 'vitest';
import { figureCsv } from './figure-csv.ts';

describe('a chart’s CSV', () => {
  it('writes money in euros, shares in percent, and no value as an empty cell', () => {
    const csv = figureCsv(
      'Channel',
      [
        { key: 'purchases', label: 'Purchases', kind: 'count' },
        { key: 'sales', label: 'Sales', kind: 'money' },
        { key: 'share', label: 'Members’ share', kind: 'ratio' },
      ],
      [
        { key: 'STORE', label: 'Shops', values: { purchases: 3, sales: 12_345, share: 0.5 } },
        { key: 'ESHOP', label: '=cmd, "e"', values: { purchases: 0, sales: 0, share: null } },
      ],
    );
    expect(csv).toBe(
      'Channel,Purchases,Sales (EUR),Members’ share (%)\r\n' +
        'Shops,3,123.45,50.0\r\n' +
        `"'=cmd, ""e""",0,0.00,\r\n`,
    );
  });
});
