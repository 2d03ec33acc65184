import { describe, expect, it } from 'vitest';
import { offerParamsQuery, readOfferParams } from './offer-list-params.ts';

describe('offer list params', () => {
  it('reads the search, the status and the page from the URL, ignoring what does not fit', () => {
    expect(readOfferParams(new URLSearchParams('q=gold&status=live&page=3'))).toEqual({
      query: 'gold',
      status: 'live',
      page: 3,
    });
    expect(readOfferParams(new URLSearchParams('status=soldOut&page=-2'))).toEqual({
      query: '',
      status: '',
      page: 1,
    });
  });

  it('writes only what differs from the default list', () => {
    expect(offerParamsQuery({ query: '', status: '', page: 1 })).toBe('');
    expect(offerParamsQuery({ query: 'week end', status: 'scheduled', page: 2 })).toBe(
      '?q=week+end&status=scheduled&page=2',
    );
  });
});
