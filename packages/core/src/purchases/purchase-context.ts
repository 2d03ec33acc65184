import { Prisma, queryRows, type Channel, type Db, type Tx } from '@fidele/db';
import {
  type CustomerIdentifier,
  type CustomerSummary,
  customerWhere,
} from '../customers/index.ts';
import { bonusSourceIdIn, pointsEarnedOnDayOf, type ProgrammeSettings } from '../earning/index.ts';
import { type IdempotencyScope, type StoredAnswer, storedAnswerOf } from '../idempotency/index.ts';
import { accountCodeIn, debtAccountCode, pendingAccountCode } from '../ledger/index.ts';
import { qualifyingFigureOf } from '../tiers/index.ts';

export type LadderStep = {
  id: string;
  code: string;
  name: string;
  rank: number;
  threshold: number;
};

/** What a customer's purchase is decided on, read in one statement (no lock). */
export type CustomerContext = {
  /** The customer as the till's answer names them, before the purchase. */
  summary: CustomerSummary;
  /** The points account row's version: every movement of the customer rewrites the row. */
  version: string;
  spendable: number;
  pending: number;
  debt: number;
  tierId: string;
  multiplier: number;
  atRisk: boolean;
  earnedToday: number;
  configStamp: string;
  firstOnChannel: boolean;
  bonusGiven: boolean;
  /** She joined through a friend, and her referral waits for her first qualifying purchase. */
  referralWaiting: boolean;
  /** The tier figure before this purchase, under the settings the read was planned with. */
  figure: number;
  ladder: LadderStep[];
};

export type PurchaseContext = {
  /** The shop already sent this externalId. */
  exists: boolean;
  stored: StoredAnswer | null;
  customer?: CustomerContext;
  /** The till named a customer the programme does not have. */
  unknownCustomer?: boolean;
};

type Sale = {
  shopId: string;
  externalId: string;
  channel: Channel;
  occurredAt: Date;
  customer?: CustomerIdentifier;
};

/**
 * Everything a till's purchase is decided on, in one round trip: whether the shop already sent
 * it, what its Idempotency-Key holds, and for a customer (found by whatever the till named them
 * by) who they are, the earning engine's context, their balances, tier
 * and ladder, whether this is their first purchase on the channel, and the referral it may
 * qualify. Read without a lock:
 * `record_purchase` re-checks, under the lock, what the decision depends on.
 */
export const readPurchaseContext = async (
  db: Db | Tx,
  sale: Sale,
  settings: ProgrammeSettings,
  scope: IdempotencyScope | undefined,
): Promise<PurchaseContext> => {
  const sent = Prisma.sql`EXISTS (SELECT 1 FROM "Purchase" s
    WHERE s."shopId" = ${sale.shopId}::uuid AND s."externalId" = ${sale.externalId})`;
  if (!sale.customer) {
    const [row] = await queryRows<PurchaseContext>(
      db,
      Prisma.sql`SELECT ${sent} AS exists, ${storedAnswerOf(scope)} AS stored`,
    );
    return row!;
  }
  const customerId = Prisma.sql`c.id`;
  // The figure counts every movement this read sees: up to the statement's own time, not to the
  // caller's clock, read before a concurrent purchase may have started and committed.
  const readTime = Prisma.sql`statement_timestamp()`;
  const bonusSource = bonusSourceIdIn(
    { kind: 'NEW_CHANNEL_BONUS', channel: sale.channel, at: sale.occurredAt },
    customerId,
  );
  const [row] = await queryRows<
    Partial<
      Omit<CustomerContext, 'earnedToday' | 'summary'> &
        Omit<CustomerSummary, 'tier' | 'pointsBalance' | 'pendingPoints'> & {
          tierCode: string;
          tierName: string;
          earnedToday: number | null;
        }
    > & { exists: boolean; stored: StoredAnswer | null }
  >(
    db,
    Prisma.sql`
    SELECT k.exists, k.stored, x.*
    FROM (SELECT ${sent} AS exists, ${storedAnswerOf(scope)} AS stored) k
    LEFT JOIN LATERAL (
      SELECT c.id, c."memberCode", c."firstName", c."lastName", c.email, c.locale,
             t.code AS "tierCode", t.name AS "tierName", c."blockedAt" IS NOT NULL AS blocked,
             a.xmin::text AS version, a.balance AS spendable,
             COALESCE((SELECT p.balance FROM "Account" p WHERE p.code = ${accountCodeIn(pendingAccountCode, customerId)}), 0) AS pending,
             COALESCE((SELECT d.balance FROM "Account" d WHERE d.code = ${accountCodeIn(debtAccountCode, customerId)}), 0) AS debt,
             c."tierId", t."earnMultiplier" AS multiplier, c."tierAtRiskSince" IS NOT NULL AS "atRisk",
             ${pointsEarnedOnDayOf(sale.occurredAt)}::int AS "earnedToday",
             (SELECT "configStamp"::text FROM "ProgrammeSettings" WHERE id = 1) AS "configStamp",
             NOT EXISTS (SELECT 1 FROM "Purchase" o
                         WHERE o."customerId" = c.id AND o.channel = ${sale.channel}::"Channel") AS "firstOnChannel",
             EXISTS (SELECT 1 FROM "Movement" m
                     WHERE m."sourceType" = 'BONUS' AND m."sourceId" = ${bonusSource} AND m.type = 'EARN') AS "bonusGiven",
             EXISTS (SELECT 1 FROM "Referral" r
                     WHERE r."friendId" = c.id AND r."purchaseId" IS NULL
                       AND r.status IN ('PENDING', 'HELD')) AS "referralWaiting",
             GREATEST(0, ${qualifyingFigureOf(settings, readTime, customerId)}) AS figure,
             (SELECT jsonb_agg(jsonb_build_object('id', l.id, 'code', l.code, 'name', l.name,
                                                  'rank', l.rank, 'threshold', l.threshold))
              FROM "Tier" l) AS ladder
      FROM "Customer" c JOIN "Account" a ON a."customerId" = c.id JOIN "Tier" t ON t.id = c."tierId"
      WHERE ${customerWhere(sale.customer)}
    ) x ON true`,
  );
  const { exists, stored, earnedToday, tierCode, tierName, ...rest } = row!;
  const { id, memberCode, firstName, lastName, email, locale, blocked, ...context } = rest;
  if (!id) return { exists, stored, unknownCustomer: true };
  return {
    exists,
    stored,
    customer: {
      ...(context as Omit<CustomerContext, 'earnedToday' | 'summary'>),
      summary: {
        id,
        memberCode: memberCode!,
        firstName: firstName!,
        lastName: lastName ?? null,
        email: email!,
        locale: locale!,
        tier: { code: tierCode!, name: tierName! },
        pointsBalance: context.spendable!,
        pendingPoints: context.pending!,
        blocked: blocked!,
      },
      earnedToday: earnedToday ?? 0,
    },
  };
};
