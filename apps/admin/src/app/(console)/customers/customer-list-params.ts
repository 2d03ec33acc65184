export const SORTABLE = ['name', 'email', 'memberCode', 'balance', 'createdAt'] as const;
export type CustomerSortKey = (typeof SORTABLE)[number];

export type CustomerListParams = {
  query: string;
  page: number;
  sort: CustomerSortKey;
  direction: 'asc' | 'desc';
};

const isSort = (value: string | null): value is CustomerSortKey =>
  (SORTABLE as readonly string[]).includes(value ?? '');

/** The list's state lives in the URL, so a search can be shared, reloaded and navigated back to. */
export const readListParams = (params: URLSearchParams): CustomerListParams => {
  const page = Number(params.get('page'));
  const sort = params.get('sort');
  return {
    query: params.get('q') ?? '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
    sort: isSort(sort) ? sort : 'createdAt',
    direction: params.get('dir') === 'asc' ? 'asc' : 'desc',
  };
};

export const listParamsQuery = (params: CustomerListParams): string => {
  const search = new URLSearchParams();
  if (params.query) search.set('q', params.query);
  if (params.page > 1) search.set('page', String(params.page));
  if (params.sort !== 'createdAt') search.set('sort', params.sort);
  if (params.direction !== 'desc') search.set('dir', params.direction);
  const query = search.toString();
  return query ? `?${query}` : '';
};
