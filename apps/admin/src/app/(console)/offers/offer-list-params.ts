import { type OFFER_SORTS, OFFER_STATUSES } from '@fidele/validators';

export type OfferStatus = (typeof OFFER_STATUSES)[number];

export type OfferListParams = {
  /** Words of the title, in either language. */
  query: string;
  status: OfferStatus | '';
  sort: (typeof OFFER_SORTS)[number];
  direction: 'asc' | 'desc';
  page: number;
};

const isStatus = (value: string | null): value is OfferStatus =>
  (OFFER_STATUSES as readonly string[]).includes(value ?? '');

/** The list's state lives in the URL, so a search can be shared, reloaded and navigated back to. */
export const readOfferParams = (params: URLSearchParams): OfferListParams => {
  const page = Number(params.get('page'));
  const status = params.get('status');
  return {
    query: params.get('q') ?? '',
    status: isStatus(status) ? status : '',
    sort: params.get('sort') === 'claimedCount' ? 'claimedCount' : 'startsAt',
    direction: params.get('dir') === 'asc' ? 'asc' : 'desc',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
};

export const offerParamsQuery = (params: OfferListParams): string => {
  const search = new URLSearchParams();
  if (params.query) search.set('q', params.query);
  if (params.status) search.set('status', params.status);
  if (params.sort !== 'startsAt') search.set('sort', params.sort);
  if (params.direction !== 'desc') search.set('dir', params.direction);
  if (params.page > 1) search.set('page', String(params.page));
  const query = search.toString();
  return query ? `?${query}` : '';
};
