import { addDays, dayStart, PROGRAMME_TIME_ZONE } from '@fidele/core/calendar';

export type PurchaseListParams = {
  channel: '' | 'STORE' | 'ESHOP';
  shopId: string;
  customer: string;
  /** Days (YYYY-MM-DD), both included, counted in the programme's time zone. */
  from: string;
  to: string;
  refunded: '' | 'yes' | 'no';
  sort: 'occurredAt' | 'amount';
  direction: 'asc' | 'desc';
  page: number;
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Midnight of `day` in the programme's time zone, so the screen and the export agree. */
const startOfDay = (day: string, plusDays = 0): Date =>
  dayStart(addDays(day, plusDays), PROGRAMME_TIME_ZONE);

/** The list's state lives in the URL: shareable, reloadable, and the CSV link reuses it. */
export const readPurchaseParams = (params: URLSearchParams): PurchaseListParams => {
  const channel = params.get('channel');
  const refunded = params.get('refunded');
  const page = Number(params.get('page'));
  const day = (name: string) => {
    const value = params.get(name) ?? '';
    return DAY.test(value) ? value : '';
  };
  return {
    channel: channel === 'STORE' || channel === 'ESHOP' ? channel : '',
    shopId: params.get('shop') ?? '',
    customer: params.get('customer') ?? '',
    from: day('from'),
    to: day('to'),
    refunded: refunded === 'yes' || refunded === 'no' ? refunded : '',
    sort: params.get('sort') === 'amount' ? 'amount' : 'occurredAt',
    direction: params.get('dir') === 'asc' ? 'asc' : 'desc',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
};

export const purchaseParamsQuery = (params: PurchaseListParams, withPage = true): string => {
  const search = new URLSearchParams();
  if (params.channel) search.set('channel', params.channel);
  if (params.shopId) search.set('shop', params.shopId);
  if (params.customer) search.set('customer', params.customer);
  if (params.from) search.set('from', params.from);
  if (params.to) search.set('to', params.to);
  if (params.refunded) search.set('refunded', params.refunded);
  if (params.sort !== 'occurredAt') search.set('sort', params.sort);
  if (params.direction !== 'desc') search.set('dir', params.direction);
  if (withPage && params.page > 1) search.set('page', String(params.page));
  const query = search.toString();
  return query ? `?${query}` : '';
};

/** The procedure's input for these params (validated again by the procedure). */
export const purchaseFilter = (params: PurchaseListParams) => ({
  channel: params.channel || undefined,
  shopId: params.shopId || undefined,
  customer: params.customer || undefined,
  from: params.from ? startOfDay(params.from) : undefined,
  to: params.to ? startOfDay(params.to, 1) : undefined,
  refunded: params.refunded === '' ? undefined : params.refunded === 'yes',
  sort: params.sort,
  direction: params.direction,
  page: params.page,
});

export const purchaseFilterFromQuery = (params: URLSearchParams) =>
  purchaseFilter(readPurchaseParams(params));
