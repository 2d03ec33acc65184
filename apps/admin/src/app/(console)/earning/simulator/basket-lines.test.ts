import { describe, expect, it } from 'vitest';
import { parseBasketLines } from './basket-lines.ts';

describe('parseBasketLines', () => {
  it('reads sku,category,quantity,unit amount lines in minor units', () => {
    expect(parseBasketLines('SHOE-1,shoes,2,49.90\n\nSOCK,,1,5', 'EUR')).toEqual({
      lines: [
        { sku: 'SHOE-1', category: 'shoes', quantity: 2, unitAmount: 4990 },
        { sku: 'SOCK', category: undefined, quantity: 1, unitAmount: 500 },
      ],
    });
  });

  it('names the lines that do not read', () => {
    expect(parseBasketLines('A,b,0,1\nB,c,1,1\n,x,1,1', 'EUR')).toEqual({ badLines: [1, 3] });
  });
});
