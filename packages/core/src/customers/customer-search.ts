import type { Db, Prisma } from '@fidele/db';

export const CUSTOMER_SORTS = ['createdAt', 'name', 'email', 'memberCode', 'balance'] as const;
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];
export type SortDirection = 'asc' | 'desc';

export type CustomerSearch = {
  /** Words matched against name, email, phone and member code; every word must match. */
  query?: string;
  sort?: CustomerSort;
  direction?: SortDirection;
  /** 1-based. */
  page?: number;
  pageSize?: number;
};

export type CustomerRow = {
  id: string;
  memberCode: string;
  firstName: string;
  lastName: string | null;
  email: string;
  phone: string | null;
  tier: { code: string; name: string };
  pointsBalance: number;
  createdAt: Date;
};

export type CustomerPage = { items: CustomerRow[]; total: number; page: number; pageSize: number };

/** One clause per word, so "ana lopez" finds Ana López-Martin but not every Ana. */
export const customerSearchWhere = (query: string | undefined): Prisma.CustomerWhereInput => {
  const words = (query ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 6);
  if (words.length === 0) return {};
  return {
    AND: words.map((word) => {
      const digits = word.replace(/[\s.\-()]/g, '');
      return {
        OR: [
          { firstName: { contains: word, mode: 'insensitive' } },
          { lastName: { contains: word, mode: 'insensitive' } },
          { email: { contains: word, mode: 'insensitive' } },
          ...(/^\+?\d{3,}$/.test(digits)
            ? [{ phone: { contains: digits } }, { memberCode: { startsWith: digits } }]
            : []),
        ],
      };
    }),
  };
};

/** A stable order: ties are broken by id so pages never overlap. */
export const customerOrderBy = (
  sort: CustomerSort,
  direction: SortDirection,
): Prisma.CustomerOrderByWithRelationInput[] => {
  const primary: Prisma.CustomerOrderByWithRelationInput[] =
    sort === 'name'
      ? [{ lastName: { sort: direction, nulls: 'last' } }, { firstName: direction }]
      : sort === 'balance'
        ? [{ account: { balance: direction } }]
        : [{ [sort]: direction }];
  return [...primary, { id: direction }];
};

/** The staff's customer list: one page of matches and the total count, for server-side paging. */
export const searchCustomers = async (db: Db, search: CustomerSearch): Promise<CustomerPage> => {
  const page = Math.max(1, search.page ?? 1);
  const pageSize = Math.min(100, Math.max(1, search.pageSize ?? 25));
  const where = customerSearchWhere(search.query);
  const [total, customers] = await Promise.all([
    db.customer.count({ where }),
    db.customer.findMany({
      where,
      orderBy: customerOrderBy(search.sort ?? 'createdAt', search.direction ?? 'desc'),
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        memberCode: true,
        firstName: true,
        lastName: true,
        email: true,
        phone: true,
        createdAt: true,
        tier: { select: { code: true, name: true, nameFr: true } },
        account: { select: { balance: true } },
      },
    }),
  ]);
  return {
    items: customers.map(({ account, ...customer }) => ({
      ...customer,
      pointsBalance: account?.balance ?? 0,
    })),
    total,
    page,
    pageSize,
  };
};
