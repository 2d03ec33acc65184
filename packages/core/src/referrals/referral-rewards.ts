import type { Db, Tx } from '@fidele/db';
import { getProgrammeSettings } from '../earning/index.ts';
import { recordMovement } from '../ledger/index.ts';
import { DAY_MS } from '../calendar/programme-days.ts';

/**
 * The ledger sources of a referral's two movements, both naming the referral by id: the referrer's
 * reward for her friend, and the friend's for joining through her. Each is paid once (a movement
 * is unique per source and type) and reversed once.
 */
export const REFERRER_SOURCE = 'REFERRAL_REFERRER';
export const FRIEND_SOURCE = 'REFERRAL_FRIEND';

/** Referrals settled per run and kind: the job runs every minute, a backlog clears over runs. */
const BATCH = 500;

export type ReferralSettlement = { rewarded: number; reversed: number };

/**
 * The referral-rewards job: pays the referrals whose qualifying purchase is past the programme's
 * pending period, and reverses those whose purchase a refund took below its minimum (a
 * referral not yet paid is simply not paid). One transaction per referral.
 */
export const settleReferrals = async (db: Db, now: Date): Promise<ReferralSettlement> => {
  const { pendingDays } = await getProgrammeSettings(db);
  const [due, refunded] = await Promise.all([
    db.referral.findMany({
      where: {
        status: 'QUALIFIED',
        purchaseRefundedAt: null,
        qualifiedAt: { lte: new Date(now.getTime() - pendingDays * DAY_MS) },
      },
      orderBy: { qualifiedAt: 'asc' },
      take: BATCH,
      select: partiesSelect,
    }),
    db.referral.findMany({
      where: { purchaseRefundedAt: { not: null }, status: { in: ['QUALIFIED', 'REWARDED'] } },
      orderBy: { purchaseRefundedAt: 'asc' },
      take: BATCH,
      select: partiesSelect,
    }),
  ]);
  let rewarded = 0;
  let reversed = 0;
  for (const referral of due)
    if (await db.$transaction((tx) => payReferral(tx, referral, now))) rewarded += 1;
  for (const referral of refunded)
    if (await db.$transaction((tx) => reverseReferral(tx, referral, now))) reversed += 1;
  return { rewarded, reversed };
};

const partiesSelect = { id: true, friendId: true, referrerId: true } as const;
type Parties = { id: string; friendId: string; referrerId: string };

type LockedReferral = {
  status: string;
  purchaseRefundedAt: Date | null;
  referrerPoints: number;
  friendPoints: number;
  friendName: string;
  referrerName: string;
};

/**
 * Locks both members' points accounts, the friend's first as a purchase of hers does, then the
 * referral: every writer takes them in this order, so none waits on another in a circle.
 */
const lockReferral = async (tx: Tx, { id, friendId, referrerId }: Parties) => {
  await tx.$queryRaw`SELECT 1 FROM "Account" WHERE "customerId" = ${friendId}::uuid FOR UPDATE`;
  await tx.$queryRaw`SELECT 1 FROM "Account" WHERE "customerId" = ${referrerId}::uuid FOR UPDATE`;
  const [referral] = await tx.$queryRaw<LockedReferral[]>`
    SELECT r.status::text AS status, r."purchaseRefundedAt", r."referrerPoints", r."friendPoints",
           f."firstName" AS "friendName", m."firstName" AS "referrerName"
    FROM "Referral" r JOIN "Customer" f ON f.id = r."friendId" JOIN "Customer" m ON m.id = r."referrerId"
    WHERE r.id = ${id}::uuid FOR UPDATE OF r`;
  return referral!;
};

/** Pays both sides of a qualified referral, once, and tells each in the portal. */
const payReferral = async (tx: Tx, parties: Parties, now: Date): Promise<boolean> => {
  const referral = await lockReferral(tx, parties);
  if (referral.status !== 'QUALIFIED' || referral.purchaseRefundedAt) return false;
  const payments = [
    {
      customerId: parties.friendId,
      points: referral.friendPoints,
      source: FRIEND_SOURCE,
      name: referral.referrerName,
      role: 'FRIEND',
    },
    {
      customerId: parties.referrerId,
      points: referral.referrerPoints,
      source: REFERRER_SOURCE,
      name: referral.friendName,
      role: 'REFERRER',
    },
  ] as const;
  for (const payment of payments.filter((each) => each.points > 0)) {
    await recordMovement(tx, {
      customerId: payment.customerId,
      type: 'EARN',
      channel: 'REFERRAL',
      points: payment.points,
      source: { type: payment.source, id: parties.id },
    });
    await tx.notification.create({
      data: {
        customerId: payment.customerId,
        kind: 'REFERRAL_REWARDED',
        data: { role: payment.role, name: payment.name, points: payment.points },
      },
    });
  }
  await tx.referral.update({
    where: { id: parties.id },
    data: { status: 'REWARDED', rewardedAt: now },
  });
  return true;
};

/**
 * Ends a referral whose purchase was refunded below its minimum: what it paid is taken back from
 * both (capped at what each still holds, as a rejected contest entry's points are).
 */
const reverseReferral = async (tx: Tx, parties: Parties, now: Date): Promise<boolean> => {
  const referral = await lockReferral(tx, parties);
  if (referral.status !== 'QUALIFIED' && referral.status !== 'REWARDED') return false;
  if (referral.status === 'REWARDED') {
    const paid = await tx.movement.findMany({
      where: {
        sourceType: { in: [FRIEND_SOURCE, REFERRER_SOURCE] },
        sourceId: parties.id,
        type: 'EARN',
      },
      select: { customerId: true, sourceType: true, points: true },
    });
    for (const movement of paid)
      await recordMovement(tx, {
        customerId: movement.customerId,
        type: 'REVERSAL',
        channel: 'REFERRAL',
        points: -movement.points,
        source: { type: movement.sourceType, id: parties.id },
        shortfall: 'cap',
      });
  }
  await tx.referral.update({
    where: { id: parties.id },
    data: { status: 'REVERSED', reversedAt: now },
  });
  return true;
};
