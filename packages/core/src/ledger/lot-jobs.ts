import type { Channel, Db, Tx } from '@fidele/db';
import { recordMovement } from './record-movement.ts';

export type LotJobResult = { lots: number; points: number };

type DueLot = { id: string; customerId: string };
type LockedLot = { remaining: number; pendingUntil: Date | null; channel: Channel };

const BATCH = 500;

/**
 * Expires what the lots due by `now` still hold, one EXPIRE movement per lot. Safe to run twice
 * or concurrently: each lot is re-read under its customer's lock, so a lot already expired (or
 * spent meanwhile) moves nothing, and a lot can only ever have one EXPIRE movement.
 */
export const expirePoints = (db: Db, now: Date): Promise<LotJobResult> =>
  eachDueLot(
    db,
    (after) => db.$queryRaw<DueLot[]>`
      SELECT id, "customerId" FROM "PointLot"
      WHERE "pendingUntil" IS NULL AND remaining > 0 AND "expiresAt" <= ${now}::timestamptz AND id > ${after}::uuid
      ORDER BY id LIMIT ${BATCH}`,
    async (tx, lot, locked) => {
      if (locked.pendingUntil || locked.remaining === 0) return 0;
      await recordMovement(tx, {
        customerId: lot.customerId,
        type: 'EXPIRE',
        channel: locked.channel,
        points: -locked.remaining,
        source: { type: 'LOT', id: lot.id },
        lotId: lot.id,
      });
      return locked.remaining;
    },
  );

/**
 * Makes the points of lots whose pending period ended by `now` spendable, one RELEASE movement per
 * lot. As safe to repeat as `expirePoints`; a lot a refund emptied meanwhile just stops pending.
 */
export const releasePendingPoints = (db: Db, now: Date): Promise<LotJobResult> =>
  eachDueLot(
    db,
    (after) => db.$queryRaw<DueLot[]>`
      SELECT id, "customerId" FROM "PointLot"
      WHERE "pendingUntil" <= ${now}::timestamptz AND id > ${after}::uuid
      ORDER BY id LIMIT ${BATCH}`,
    async (tx, lot, locked) => {
      if (!locked.pendingUntil) return 0;
      if (locked.remaining === 0) {
        await tx.pointLot.update({ where: { id: lot.id }, data: { pendingUntil: null } });
        return 0;
      }
      await recordMovement(tx, {
        customerId: lot.customerId,
        type: 'RELEASE',
        channel: locked.channel,
        points: locked.remaining,
        source: { type: 'LOT', id: lot.id },
        lotId: lot.id,
      });
      return locked.remaining;
    },
  );

/**
 * Walks the due lots in batches (keyset on id) and handles each in its own transaction, after
 * locking its customer's account: every movement of that customer takes the same lock, so the
 * lot read next is current.
 */
const eachDueLot = async (
  db: Db,
  nextBatch: (after: string) => Promise<DueLot[]>,
  handle: (tx: Tx, lot: DueLot, locked: LockedLot) => Promise<number>,
): Promise<LotJobResult> => {
  const result = { lots: 0, points: 0 };
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const lots = await nextBatch(after);
    for (const lot of lots) {
      const points = await db.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT 1 FROM "Account" WHERE "customerId" = ${lot.customerId}::uuid FOR UPDATE`;
        const [locked] = await tx.$queryRaw<LockedLot[]>`
          SELECT l.remaining, l."pendingUntil", m.channel
          FROM "PointLot" l JOIN "Movement" m ON m.id = l."movementId" WHERE l.id = ${lot.id}::uuid`;
        return handle(tx, lot, locked!);
      });
      if (points > 0) {
        result.lots += 1;
        result.points += points;
      }
    }
    if (lots.length < BATCH) return result;
    after = lots.at(-1)!.id;
  }
};
