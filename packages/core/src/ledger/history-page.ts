import type { Channel, Db, Tx } from '@fidele/db';
import { listMovements, type HistoryItem } from './history.ts';

export type HistoryPage<T> = { items: T[]; nextCursor: string | null };

export const HISTORY_PAGE_SIZE = { default: 20, max: 100 } as const;

/**
 * Cuts one page from rows fetched one beyond the page size: the extra row only says another
 * page exists, which then starts after the page's last item.
 */
export const toHistoryPage = <T extends { id: string }>(
  rows: T[],
  take: number,
): HistoryPage<T> => {
  const items = rows.slice(0, take);
  return {
    items,
    nextCursor: rows.length > take ? (items.at(-1)?.id ?? null) : null,
  };
};

/**
 * One page of a customer's movements, newest first, with the balance after each and the purchase
 * each came from. Nothing counts the whole history: one row beyond the page says there is more.
 */
export const listHistoryPage = async (
  db: Db | Tx,
  options: { customerId: string; channel?: Channel; cursor?: string; take?: number },
): Promise<HistoryPage<HistoryItem>> => {
  const take = Math.min(options.take ?? HISTORY_PAGE_SIZE.default, HISTORY_PAGE_SIZE.max);
  return toHistoryPage(await listMovements(db, { ...options, take: take + 1 }), take);
};

/** A history item as its customer reads it: without the staff's internal note. */
export type CustomerHistoryItem = Omit<HistoryItem, 'reason'>;

/** A page of the customer's own history (`listHistoryPage`), without the staff's notes. */
export const listCustomerHistoryPage = async (
  db: Db | Tx,
  options: { customerId: string; channel?: Channel; cursor?: string; take?: number },
): Promise<HistoryPage<CustomerHistoryItem>> => {
  const page = await listHistoryPage(db, options);
  return { ...page, items: page.items.map(({ reason: _internal, ...item }) => item) };
};
