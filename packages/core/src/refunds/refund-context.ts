import { Prisma, queryRows, type Db, type Tx } from '@fidele/db';
import { type IdempotencyScope, type StoredAnswer, storedAnswerOf } from '../idempotency/index.ts';
import {
  accountCodeIn,
  type CustomerBalances,
  debtAccountCode,
  type LotState,
  pendingAccountCode,
} from '../ledger/index.ts';
import type { ReturnedLine, SoldLine } from './refund-lines.ts';
import type { RefundablePurchase } from './refund-points.ts';

/** A refund of the purchase already recorded under the request's externalId: its results. */
export type SameRefund = { id: string; pointsClawedBack: number; pointsWrittenOff: number };

/** What a refund of a purchase with a customer plans its reversal on. */
export type RefundedCustomer = CustomerBalances & {
  id: string;
  /** The points account row's version: every movement of the customer rewrites the row. */
  version: string;
  /** The purchase's own lot, which the reversal takes from first. */
  lot?: LotState;
};

export type RefundedPurchase = RefundablePurchase & {
  id: string;
  /** The row's version: every refund of the purchase (and a receipt claim) rewrites the row. */
  version: string;
  lines: SoldLine[] | null;
  /** The lines of its earlier refunds by line. */
  returnedBefore: ReturnedLine[];
  sameRefund: SameRefund | null;
  customer?: RefundedCustomer;
};

export type RefundContext = {
  stored: StoredAnswer | null;
  configStamp: string;
  /** Absent when this shop has no purchase under the externalId. */
  purchase?: RefundedPurchase;
};

/** One row, its purchase's columns null when there is no purchase. */
type Row = RefundablePurchase & {
  id: string | null;
  version: string;
  customerId: string | null;
  lines: SoldLine[] | null;
  returnedBefore: ReturnedLine[][] | null;
  sameRefund: SameRefund | null;
  accountVersion: string | null;
  spendable: number | null;
  pending: number;
  debt: number;
  lotId: string | null;
  lotRemaining: number | null;
  lotPending: boolean | null;
  configStamp: string;
  stored: StoredAnswer | null;
};

/**
 * Everything a refund is decided on, in one round trip and without a lock: the purchase and what
 * its refunds took so far, a refund with the same externalId, the customer's balances and the
 * purchase's lot, the configuration stamp (the refund policy) and what the Idempotency-Key holds.
 * `record_refund` re-checks, under the locks, that the purchase and the account are as read.
 */
export const readRefundContext = async (
  db: Db | Tx,
  request: { shopId: string; purchaseExternalId: string; refundExternalId: string },
  scope: IdempotencyScope | undefined,
): Promise<RefundContext> => {
  const [row] = await queryRows<Row>(
    db,
    Prisma.sql`
    SELECT p.id, p.xmin::text AS version, p."customerId", p.amount, p."pointsEarned",
           p."refundedAmount", p."pointsClawedBack", p.lines,
           (SELECT jsonb_agg(r.lines ORDER BY r."createdAt", r.id) FROM "Refund" r
            WHERE r."purchaseId" = p.id AND jsonb_typeof(r.lines) = 'array') AS "returnedBefore",
           (SELECT jsonb_build_object('id', r.id, 'pointsClawedBack', r."pointsClawedBack",
                                      'pointsWrittenOff', r."pointsWrittenOff")
            FROM "Refund" r
            WHERE r."purchaseId" = p.id AND r."externalId" = ${request.refundExternalId}) AS "sameRefund",
           a.xmin::text AS "accountVersion", a.balance AS spendable,
           COALESCE((SELECT x.balance FROM "Account" x WHERE x.code = ${accountCodeIn(pendingAccountCode, Prisma.sql`p."customerId"`)}), 0) AS pending,
           COALESCE((SELECT x.balance FROM "Account" x WHERE x.code = ${accountCodeIn(debtAccountCode, Prisma.sql`p."customerId"`)}), 0) AS debt,
           l.id AS "lotId", l.remaining AS "lotRemaining", l."pendingUntil" IS NOT NULL AS "lotPending",
           (SELECT s."configStamp"::text FROM "ProgrammeSettings" s WHERE s.id = 1) AS "configStamp",
           ${storedAnswerOf(scope)} AS stored
    FROM (SELECT 1) AS one
    LEFT JOIN "Purchase" p ON p."shopId" = ${request.shopId}::uuid AND p."externalId" = ${request.purchaseExternalId}
    LEFT JOIN "Account" a ON a."customerId" = p."customerId"
    -- A purchase's points open one lot.
    LEFT JOIN LATERAL (SELECT l.id, l.remaining, l."pendingUntil" FROM "PointLot" l
                       WHERE l."sourceType" = 'PURCHASE' AND l."sourceId" = p.id::text
                         AND l."customerId" = p."customerId"
                       LIMIT 1) l ON true`,
  );
  const { stored, configStamp, ...read } = row!;
  if (!read.id) return { stored, configStamp };
  const customer: RefundedCustomer | undefined = read.customerId
    ? {
        id: read.customerId,
        version: read.accountVersion!,
        spendable: read.spendable!,
        pending: read.pending,
        debt: read.debt,
        ...(read.lotId
          ? { lot: { id: read.lotId, remaining: read.lotRemaining!, pending: read.lotPending! } }
          : {}),
      }
    : undefined;
  return {
    stored,
    configStamp,
    purchase: {
      id: read.id,
      version: read.version,
      amount: read.amount,
      pointsEarned: read.pointsEarned,
      refundedAmount: read.refundedAmount,
      pointsClawedBack: read.pointsClawedBack,
      lines: read.lines,
      returnedBefore: read.returnedBefore?.flat() ?? [],
      sameRefund: read.sameRefund,
      ...(customer ? { customer } : {}),
    },
  };
};
