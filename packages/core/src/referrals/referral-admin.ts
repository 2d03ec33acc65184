import type { Db, ReferralStatus, Tx } from '@fidele/db';
import { recordAudit } from '../audit/index.ts';
import { customerSearchWhere } from '../customers/customer-search.ts';
import { AppError } from '../errors.ts';

const partySelect = {
  id: true,
  firstName: true,
  lastName: true,
  email: true,
  phone: true,
  memberCode: true,
} as const;

/** The referrals of one status for the admin (held ones are the review queue), oldest first. */
export const listReferrals = async (
  db: Db,
  input: { status: ReferralStatus; customer?: string; page: number; pageSize: number },
) => {
  const search = customerSearchWhere(input.customer);
  const where = {
    status: input.status,
    ...(input.customer ? { OR: [{ referrer: search }, { friend: search }] } : {}),
  };
  const [total, rows, counts] = await Promise.all([
    db.referral.count({ where }),
    db.referral.findMany({
      where,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: {
        id: true,
        status: true,
        via: true,
        holds: true,
        ipAddress: true,
        device: true,
        referrerPoints: true,
        friendPoints: true,
        qualifiedAt: true,
        purchaseRefundedAt: true,
        rewardedAt: true,
        reversedAt: true,
        decidedAt: true,
        decisionReason: true,
        createdAt: true,
        referrer: { select: partySelect },
        friend: { select: partySelect },
        purchase: {
          select: { id: true, amount: true, currency: true, channel: true, occurredAt: true },
        },
        decidedBy: { select: { name: true } },
      },
    }),
    db.referral.groupBy({ by: ['status'], _count: { _all: true } }),
  ]);
  return {
    rows,
    total,
    page: input.page,
    pageSize: input.pageSize,
    /** How many referrals each status holds, for the tabs. */
    counts: Object.fromEntries(counts.map((count) => [count.status, count._count._all])) as Partial<
      Record<ReferralStatus, number>
    >,
  };
};

export type ReferralDecision = {
  id: string;
  decision: 'APPROVE' | 'REJECT';
  reason?: string;
  staffUserId: string;
};

/**
 * An admin's decision on a held referral, audited. Approved, it goes on as if never held: paid
 * once the pending period of a purchase that already qualified is over (or reversed, if that
 * purchase was refunded meanwhile), or waiting for the friend's first purchase. Rejected, it
 * never pays. Only a held referral can be decided: `referral_not_held`.
 */
export const decideReferral = async (tx: Tx, input: ReferralDecision) => {
  const [referral] = await tx.$queryRaw<
    { status: ReferralStatus; purchaseId: string | null; purchaseRefundedAt: Date | null }[]
  >`SELECT status, "purchaseId", "purchaseRefundedAt" FROM "Referral"
    WHERE id = ${input.id}::uuid FOR UPDATE`;
  if (!referral) throw new AppError('referral_not_found');
  if (referral.status !== 'HELD') throw new AppError('referral_not_held');
  const status: ReferralStatus =
    input.decision === 'REJECT'
      ? 'REJECTED'
      : !referral.purchaseId
        ? 'PENDING'
        : referral.purchaseRefundedAt
          ? 'REVERSED'
          : 'QUALIFIED';
  const now = new Date();
  await tx.referral.update({
    where: { id: input.id },
    data: {
      status,
      decidedById: input.staffUserId,
      decidedAt: now,
      decisionReason: input.reason ?? null,
      ...(status === 'REVERSED' ? { reversedAt: now } : {}),
    },
  });
  await recordAudit(tx, {
    actor: { type: 'STAFF', id: input.staffUserId },
    action: input.decision === 'APPROVE' ? 'referral.approve' : 'referral.reject',
    target: { type: 'referral', id: input.id },
    data: { status, ...(input.reason ? { reason: input.reason } : {}) },
  });
  return { id: input.id, status };
};
