import type { Channel, Db, MovementType, Tx } from '@fidele/db';

export type MovementView = {
  id: string;
  type: MovementType;
  channel: Channel;
  points: number;
  /** The spendable balance after the movement; null when it only moved pending points or debt. */
  balanceAfter: number | null;
  /** When the points this movement earned become spendable, while they are pending. */
  pendingUntil: Date | null;
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
      lots: { select: { pendingUntil: true }, where: { pendingUntil: { not: null } } },
    },
  });
  return movements.map(({ entries, lots, ...movement }) => ({
    ...movement,
    balanceAfter: entries.find((e) => e.account.kind === 'CUSTOMER')?.balanceAfter ?? null,
    pendingUntil: lots[0]?.pendingUntil ?? null,
  }));
};
