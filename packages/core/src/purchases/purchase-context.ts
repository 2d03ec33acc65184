import { Prisma, queryRows, type Channel, type Db, type Tx } from '@fidele/db';
import { bonusSourceId, pointsEarnedOnDayOf, type ProgrammeSettings } from '../earning/index.ts';
import { type IdempotencyScope, type StoredAnswer, storedAnswerOf } from '../idempotency/index.ts';
import { debtAccountCode, pendingAccountCode } from '../ledger/index.ts';
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
  /** The tier figure before this purchase, under the settings the read was planned with. */
  figure: number;
  ladder: LadderStep[];
};

export type PurchaseContext = {
  /** The shop already sent this externalId. */
  exists: boolean;
  stored: StoredAnswer | null;
  customer?: CustomerContext;
};

type Sale = {
  shopId: string;
  externalId: string;
  channel: Channel;
  occurredAt: Date;
  customerId?: string;
};

/**
 * Everything a till's purchase is decided on, in one round trip: whether the shop already sent
 * it, what its Idempotency-Key holds, and for a customer the earning engine's context, their
 * balances, tier and ladder, and whether this is their first purchase on the channel. Read
 * without a lock: `record_purchase` re-checks, under the lock, what the decision depends on.
 */
export const readPurchaseContext = async (
  db: Db | Tx,
  sale: Sale,
  settings: ProgrammeSettings,
  scope: IdempotencyScope | undefined,
  now: Date,
): Promise<PurchaseContext> => {
  const sent = Prisma.sql`EXISTS (SELECT 1 FROM "Purchase" s
    WHERE s."shopId" = ${sale.shopId}::uuid AND s."externalId" = ${sale.externalId})`;
  const customerId = sale.customerId;
  if (!customerId) {
    const [row] = await queryRows<PurchaseContext>(
      db,
      Prisma.sql`SELECT ${sent} AS exists, ${storedAnswerOf(scope)} AS stored`,
    );
    return row!;
  }
  const bonusSource = bonusSourceId({
    customerId,
    kind: 'NEW_CHANNEL_BONUS',
    channel: sale.channel,
    at: sale.occurredAt,
  });
  const [row] = await queryRows<
    Omit<CustomerContext, 'earnedToday'> & {
      earnedToday: number | null;
      exists: boolean;
      stored: StoredAnswer | null;
    }
  >(
    db,
    Prisma.sql`
    SELECT a.xmin::text AS version, a.balance AS spendable,
           COALESCE((SELECT p.balance FROM "Account" p WHERE p.code = ${pendingAccountCode(customerId)}), 0) AS pending,
           COALESCE((SELECT d.balance FROM "Account" d WHERE d.code = ${debtAccountCode(customerId)}), 0) AS debt,
           c."tierId", t."earnMultiplier" AS multiplier, c."tierAtRiskSince" IS NOT NULL AS "atRisk",
           ${pointsEarnedOnDayOf(sale.occurredAt)}::int AS "earnedToday",
           (SELECT "configStamp"::text FROM "ProgrammeSettings" WHERE id = 1) AS "configStamp",
           NOT EXISTS (SELECT 1 FROM "Purchase" o
                       WHERE o."customerId" = c.id AND o.channel = ${sale.channel}::"Channel") AS "firstOnChannel",
           EXISTS (SELECT 1 FROM "Movement" m
                   WHERE m."sourceType" = 'BONUS' AND m."sourceId" = ${bonusSource} AND m.type = 'EARN') AS "bonusGiven",
           GREATEST(0, ${qualifyingFigureOf(settings, now, customerId)}) AS figure,
           (SELECT jsonb_agg(jsonb_build_object('id', l.id, 'code', l.code, 'name', l.name,
                                                'rank', l.rank, 'threshold', l.threshold))
            FROM "Tier" l) AS ladder,
           ${sent} AS exists, ${storedAnswerOf(scope)} AS stored
    FROM "Customer" c JOIN "Account" a ON a."customerId" = c.id JOIN "Tier" t ON t.id = c."tierId"
    WHERE c.id = ${customerId}::uuid`,
  );
  if (!row) throw new Error(`Customer ${customerId} has no points account`);
  const { exists, stored, earnedToday, ...customer } = row;
  return { exists, stored, customer: { ...customer, earnedToday: earnedToday ?? 0 } };
};
