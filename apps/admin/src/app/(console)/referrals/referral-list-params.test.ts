import { describe, expect, it } from 'vitest';
import {
  readReferralParams,
  referralFilter,
  referralParamsQuery,
  STATUS_TABS,
} from './referral-list-params.ts';

describe('referral list params', () => {
  it('shows the review queue unless the URL asks for another status', () => {
    expect(readReferralParams(new URLSearchParams(''))).toEqual({
      status: 'HELD',
      query: '',
      page: 1,
    });
    expect(readReferralParams(new URLSearchParams('status=REWARDED&q= camille &page=2'))).toEqual({
      status: 'REWARDED',
      query: 'camille',
      page: 2,
    });
    expect(readReferralParams(new URLSearchParams('status=held&page=0'))).toEqual({
      status: 'HELD',
      query: '',
      page: 1,
    });
  });

  it('writes only what differs from the review queue, and round-trips', () => {
    expect(referralParamsQuery({ status: 'HELD', query: '', page: 1 })).toBe('');
    const params = { status: 'PENDING', query: 'K3QF', page: 3 } as const;
    expect(referralParamsQuery(params)).toBe('?status=PENDING&q=K3QF&page=3');
    expect(readReferralParams(new URLSearchParams(referralParamsQuery(params)))).toEqual(params);
  });

  it('searches both sides only when something is typed', () => {
    expect(referralFilter({ status: 'HELD', query: '', page: 1 }, 20)).toEqual({
      status: 'HELD',
      customer: undefined,
      page: 1,
      pageSize: 20,
    });
  });

  it('offers every status once, the held ones first', () => {
    expect(STATUS_TABS[0]).toBe('HELD');
    expect(new Set(STATUS_TABS).size).toBe(6);
  });
});
