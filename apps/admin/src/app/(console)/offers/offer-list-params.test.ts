import { describe, expect, it } from 'vitest';
import { offerParamsQuery, readOfferParams } from './offer-list-params.ts';

describe('offer list params', () => {
  it('reads the search, the status and the page from the URL, ignoring what does not fit', () => {
    expect(
      readOfferParams(new URLSearchParams('q=gold&status=live&sort=claimedCount&dir=asc&page=3')),
    ).toEqual({
      query: 'gold',
      status: 'live',
      sort: 'claimedCount',
      direction: 'asc',
      page: 3,
    });
    expect(readOfferParams(new URLSearchParams('status=soldOut&sort=title&page=-2'))).toEqual({
      query: '',
      status: '',
      sort: 'startsAt',
      direction: 'desc',
      page: 1,
    });
  });

  it('writes only what differs from the default list', () => {
    const list = { query: '', status: '', sort: 'startsAt', direction: 'desc', page: 1 } as const;
    expect(offerParamsQuery(list)).toBe('');
    expect(
      offerParamsQuery({
        ...list,
        query: 'week end',
        status: 'scheduled',
        sort: 'claimedCount',
        page: 2,
      }),
    ).toBe('?q=week+end&status=scheduled&sort=claimedCount&page=2');
  });
});
