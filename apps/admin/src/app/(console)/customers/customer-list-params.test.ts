import { describe, expect, it } from 'vitest';
import { listParamsQuery, readListParams } from './customer-list-params.ts';

describe('customer list URL state', () => {
  it('falls back to the newest customers, first page', () => {
    expect(readListParams(new URLSearchParams('page=-3&sort=password&dir=up'))).toEqual({
      query: '',
      page: 1,
      sort: 'createdAt',
      direction: 'desc',
    });
  });

  it('round-trips through the URL, leaving defaults out', () => {
    const params = { query: 'ana', page: 3, sort: 'balance', direction: 'asc' } as const;
    expect(listParamsQuery(params)).toBe('?q=ana&page=3&sort=balance&dir=asc');
    expect(readListParams(new URLSearchParams(listParamsQuery(params)))).toEqual(params);
    expect(listParamsQuery({ query: '', page: 1, sort: 'createdAt', direction: 'desc' })).toBe('');
  });
});
