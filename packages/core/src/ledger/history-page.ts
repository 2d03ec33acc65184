import type { Channel, Db, Tx } from '@fidele/db';
import { listMovements, type MovementView } from './history.ts';

export type HistoryPurchase = { shopName: string; amount: number; currency: string };

/** A movement as the customer's history shows it, with the purchase it came from if any. */
export type HistoryItem = MovementView & { purchase: HistoryPurchase | null };

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

const purchasesOf = async (db: Db | Tx, movements: MovementView[]) => {
  const ids = movements
    .filter((m) => m.sourceType === 'PURCHASE' && m.sourceId)
    .map((m) => m.sourceId as string);
  if (ids.length === 0) return new Map<string, HistoryPurchase>();
  const purchases = await db.purchase.findMany({
    where: { id: { in: ids } },
    select: { id: true, amount: true, currency: true, shop: { select: { name: true } } },
  });
  return new Map(
    purchases.map((p) => [p.id, { shopName: p.shop.name, amount: p.amount, currency: p.currency }]),
  );
};

/** One page of a customer's movements, newest first, with the balance after each. */
export const listHistoryPage = async (
  db: Db | Tx,
  options: { customerId: string; channel?: Channel; cursor?: string; take?: number },
): Promise<HistoryPage<HistoryItem>> => {
  const take = Math.min(options.take ?? HISTORY_PAGE_SIZE.default, HISTORY_PAGE_SIZE.max);
  const rows = await listMovements(db, {
    customerId: options.customerId,
    channel: options.channel,
    cursor: options.cursor,
    take: take + 1,
  });
  const page = toHistoryPage(rows, take);
  const purchases = await purchasesOf(db, page.items);
  return {
    ...page,
    items: page.items.map((m) => ({
      ...m,
      purchase: (m.sourceType === 'PURCHASE' && m.sourceId && purchases.get(m.sourceId)) || null,
    })),
  };
};
