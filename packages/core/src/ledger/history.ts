import type { Channel, Db, MovementType, Tx } from '@fidele/db';

export type MovementView = {
  id: string;
  type: MovementType;
  channel: Channel;
  points: number;
  balanceAfter: number;
  sourceType: string;
  sourceId: string | null;
  reason: string | null;
  createdAt: Date;
};

/** A customer's movements, newest first, with the running balance after each. */
export const listMovements = async (
  db: Db | Tx,
  options: { customerId: string; take?: number; channel?: Channel; cursor?: string },
): Promise<MovementView[]> => {
  const movements = await db.movement.findMany({
    where: { customerId: options.customerId, channel: options.channel },
    orderBy: { seq: 'desc' },
    take: options.take ?? 50,
    ...(options.cursor ? { cursor: { id: options.cursor }, skip: 1 } : {}),
    select: {
      id: true,
      type: true,
      channel: true,
      points: true,
      sourceType: true,
      sourceId: true,
      reason: true,
      createdAt: true,
      entries: { select: { balanceAfter: true, account: { select: { kind: true } } } },
    },
  });
  return movements.map(({ entries, ...movement }) => ({
    ...movement,
    balanceAfter: entries.find((e) => e.account.kind === 'CUSTOMER')?.balanceAfter ?? 0,
  }));
};
