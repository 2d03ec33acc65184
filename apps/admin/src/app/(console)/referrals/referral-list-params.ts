import { REFERRAL_STATUSES, type ReferralStatusName } from '@fidele/validators';

/** The tabs of the list, the review queue first. */
export const STATUS_TABS: readonly ReferralStatusName[] = [
  'HELD',
  'PENDING',
  'QUALIFIED',
  'REWARDED',
  'REVERSED',
  'REJECTED',
];

/** The referrals as filtered: one status (the held ones unless another is asked for), a search. */
export type ReferralListParams = {
  status: ReferralStatusName;
  /** Name, email or member code of either side. */
  query: string;
  page: number;
};

const isStatus = (value: string | null): value is ReferralStatusName =>
  (REFERRAL_STATUSES as readonly string[]).includes(value ?? '');

/** The list's state lives in the URL, so a search can be shared, reloaded and navigated back to. */
export const readReferralParams = (params: URLSearchParams): ReferralListParams => {
  const status = params.get('status');
  const page = Number(params.get('page'));
  return {
    status: isStatus(status) ? status : 'HELD',
    query: params.get('q')?.trim() ?? '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
};

export const referralParamsQuery = (params: ReferralListParams): string => {
  const search = new URLSearchParams();
  if (params.status !== 'HELD') search.set('status', params.status);
  if (params.query) search.set('q', params.query);
  if (params.page > 1) search.set('page', String(params.page));
  const query = search.toString();
  return query ? `?${query}` : '';
};

/** The procedure's input for these params (validated again by the procedure). */
export const referralFilter = (params: ReferralListParams, pageSize: number) => ({
  status: params.status,
  customer: params.query || undefined,
  page: params.page,
  pageSize,
});
