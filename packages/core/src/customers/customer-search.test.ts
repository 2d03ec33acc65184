import { describe, expect, it } from 'vitest';
import { customerOrderBy, customerSearchWhere } from './customer-search.ts';

describe('customerSearchWhere', () => {
  it('matches everything without a query', () => {
    expect(customerSearchWhere(undefined)).toEqual({});
    expect(customerSearchWhere('   ')).toEqual({});
  });

  it('needs every word to match some field', () => {
    const where = customerSearchWhere('ana  lopez');
    expect(where.AND).toHaveLength(2);
  });

  it('looks three or more digits up in phone and member code, other words in names and email', () => {
    const [digits] = customerSearchWhere('0612-34').AND as { OR: object[] }[];
    expect(digits?.OR).toContainEqual({ phone: { contains: '061234' } });
    expect(digits?.OR).toContainEqual({ memberCode: { startsWith: '061234' } });
    const [word] = customerSearchWhere('ana').AND as { OR: object[] }[];
    expect(word?.OR).toEqual([
      { firstName: { contains: 'ana', mode: 'insensitive' } },
      { lastName: { contains: 'ana', mode: 'insensitive' } },
      { email: { contains: 'ana', mode: 'insensitive' } },
    ]);
  });
});

describe('customerOrderBy', () => {
  it('always ends on the id so that pages are stable', () => {
    expect(customerOrderBy('balance', 'desc')).toEqual([
      { account: { balance: 'desc' } },
      { id: 'desc' },
    ]);
    expect(customerOrderBy('email', 'asc').at(-1)).toEqual({ id: 'asc' });
  });
});
