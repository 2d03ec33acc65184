import type pg from 'pg';
import {
  endBulkLoad,
  inBatches,
  startBulkLoad,
  timed,
  withoutSecondaryIndexes,
} from './bulk-load.ts';

// The seed of `bench/reads.ts`: a programme of `customers` customers with 20 movements each
// (16 earnings, half of them purchases, and 4 redemptions), their ledger entries on both sides,
// point lots, codes and offer claims, written set-based in batches. The ledger's triggers check
// one statement at a time and would cost more than the writes, so the seed runs with triggers
// off (`session_replication_role = replica`) and checks the invariants they keep once at the end
// (`checkLedger`). Secondary indexes are dropped while rows go in and built once after.

const BATCH = 50_000;
const MOVEMENTS_PER_CUSTOMER = 20;
/** The movement (an earning from a purchase) left pending for a quarter of the customers. */
const PENDING_MOVEMENT = 19;

/** Tables the seed fills in bulk: their secondary indexes are rebuilt after. */
const BULK_TABLES = [
  'Customer',
  'Account',
  'Movement',
  'LedgerEntry',
  'PointLot',
  'Purchase',
  'DiscountCode',
  'OfferClaim',
];

/** Tiers, shops, programme accounts, rewards, a segment and offers: the programme's settings. */
const seedProgramme = async (db: pg.Client) => {
  await db.query(`
    INSERT INTO "Tier" (code, name, rank, threshold, "earnMultiplier") VALUES
      ('SILVER', 'Silver', 1, 500, 110), ('GOLD', 'Gold', 2, 1000, 125), ('PLATINUM', 'Platinum', 3, 2500, 150);
    INSERT INTO "Shop" (name, kind) VALUES ('Reads store', 'STORE'), ('Reads e-shop', 'ESHOP');
    -- The programme's side of every movement, spread over slots as recordMovement spreads it.
    INSERT INTO "Account" (kind, code)
    SELECT 'PROGRAMME', a || ':' || c || '#' || s
    FROM unnest(ARRAY['issued', 'redeemed']) a, unnest(ARRAY['STORE', 'ESHOP']) c, generate_series(0, 63) s;
    INSERT INTO "Reward" ("nameEn", "nameFr", "pointsCost", "discountType", "discountValue", channels, "minTierId", stock, "updatedAt")
    SELECT 'Reward ' || n, 'Récompense ' || n, n * 250, 'FIXED_AMOUNT', n * 200,
           (ARRAY['BOTH', 'STORE', 'ONLINE'])[1 + n % 3]::"RewardChannels",
           CASE WHEN n = 6 THEN (SELECT id FROM "Tier" WHERE code = 'GOLD') END,
           CASE WHEN n = 5 THEN 1000 END, now()
    FROM generate_series(1, 6) n;
    INSERT INTO "Segment" (name, rule, "updatedAt") VALUES ('Earned 500+ in a year',
      '{"combinator":"and","rules":[{"field":"pointsEarned","days":365,"compare":{"op":"gte","value":500}}]}', now());
    INSERT INTO "Offer" ("titleEn", "titleFr", "startsAt", "endsAt", channels, benefit, "discountType", "discountValue", "perCustomerLimit", "updatedAt")
    SELECT t, t, now() - interval '10 days', now() + interval '30 days', 'BOTH', b::"OfferBenefit", 'PERCENTAGE', 10, 2, now()
    FROM (VALUES ('Everyone', 'TILL_BENEFIT'), ('Gold and above', 'DISCOUNT_CODE'),
                 ('Big earners', 'DISCOUNT_CODE'), ('Platinum weekend', 'TILL_BENEFIT')) o(t, b);
    INSERT INTO "OfferTier" ("offerId", "tierId")
    SELECT o.id, t.id FROM "Offer" o JOIN "Tier" t ON t.rank >= 2 WHERE o."titleEn" = 'Gold and above'
    UNION ALL
    SELECT o.id, t.id FROM "Offer" o JOIN "Tier" t ON t.rank = 3 WHERE o."titleEn" = 'Platinum weekend';
    INSERT INTO "OfferSegment" ("offerId", "segmentId")
    SELECT o.id, s.id FROM "Offer" o, "Segment" s WHERE o."titleEn" = 'Big earners'`);
};

/** One batch of customers `from`..`to` with their whole history, in one transaction. */
const seedBatch = async (db: pg.Client, from: number, to: number) => {
  await db.query('BEGIN');
  await db.query(
    `CREATE TEMP TABLE batch ON COMMIT DROP AS
     SELECT i, gen_random_uuid() AS id, gen_random_uuid() AS account,
            (SELECT id FROM "Tier" WHERE rank = CASE WHEN i % 10 < 6 THEN 0 WHEN i % 10 < 8 THEN 1 WHEN i % 10 < 9 THEN 2 ELSE 3 END) AS tier
     FROM generate_series($1::int, $2::int) i`,
    [from, to],
  );
  // Movement n of customer i: every fifth redeems (at most 50 points, after at least 80 earned,
  // so no balance goes negative), the others earn, the odd ones from a purchase. 14 days apart.
  // A quarter of the customers' last purchase is still pending (not spendable for 30 days).
  // Recorded (seq) movement by movement across the batch, as time would interleave customers, so
  // one customer's history lies on as many pages as it would in a live programme.
  await db.query(
    `CREATE TEMP TABLE mv ON COMMIT DROP AS
     SELECT m.*, sum(points) FILTER (WHERE NOT pending) OVER (PARTITION BY customer ORDER BY n) AS balance_after
     FROM (
       SELECT b.i, b.id AS customer, b.account, n, gen_random_uuid() AS id,
              ($1::bigint - 1) * ${MOVEMENTS_PER_CUSTOMER} + (n - 1) * ($2::int - $1::int + 1) + b.i - $1::int + 1 AS seq,
              CASE WHEN n % 5 = 0 THEN 'REDEEM' ELSE 'EARN' END AS type,
              CASE WHEN n % 3 = 0 THEN 'ESHOP' ELSE 'STORE' END AS channel,
              CASE WHEN n % 5 = 0 THEN -(10 + (random() * 40)::int) ELSE 20 + (random() * 200)::int END AS points,
              CASE WHEN n % 5 <> 0 AND n % 2 = 1 THEN gen_random_uuid() END AS purchase,
              n = ${PENDING_MOVEMENT} AND b.i % 4 = 0 AS pending,
              CASE WHEN n = ${PENDING_MOVEMENT} AND b.i % 4 = 0 THEN gen_random_uuid() END AS pending_account,
              now() - (${MOVEMENTS_PER_CUSTOMER + 1} - n) * interval '14 days' + (b.i % 86400) * interval '1 second' AS at,
              ('x' || right(b.id::text, 2))::bit(8)::int % 64 AS slot
       FROM batch b CROSS JOIN generate_series(1, ${MOVEMENTS_PER_CUSTOMER}) n
     ) m
     ORDER BY seq`,
    [from, to],
  );
  await db.query(`
    INSERT INTO "Customer" (id, "memberCode", email, "firstName", "tierId", "channelsUsed", "lastPurchaseAt", "emailConsentAt", "createdAt", "updatedAt")
    SELECT id, '9' || lpad(i::text, 11, '0'), 'reader-' || i || '@example.com', 'Reader', tier,
           '{STORE,ESHOP}', now() - interval '14 days', CASE WHEN i % 3 = 0 THEN now() END,
           now() - interval '300 days', now()
    FROM batch;
    INSERT INTO "Account" (id, kind, "customerId", balance)
    SELECT account, 'CUSTOMER', customer, COALESCE(sum(points) FILTER (WHERE NOT pending), 0)
    FROM mv GROUP BY account, customer;
    INSERT INTO "Account" (id, kind, code, balance)
    SELECT pending_account, 'CUSTOMER_PENDING', 'pending:' || customer, points FROM mv WHERE pending;
    INSERT INTO "Movement" (id, seq, "customerId", type, channel, points, qualifying, "sourceType", "sourceId", "createdAt")
    SELECT id, seq, customer, type::"MovementType", channel::"Channel", points, type = 'EARN',
           CASE WHEN purchase IS NOT NULL THEN 'PURCHASE' WHEN type = 'EARN' THEN 'BONUS' ELSE 'DISCOUNT_CODE' END,
           COALESCE(purchase::text, i || ':' || n), at
    FROM mv;
    INSERT INTO "Purchase" (id, "shopId", "externalId", "customerId", channel, amount, currency, "occurredAt", "pointsEarned", "createdAt")
    SELECT purchase, s.id, 'reads-' || i || '-' || n, customer, channel::"Channel", points * 100, 'EUR', at, points, at
    FROM mv JOIN "Shop" s ON s.kind::text = channel WHERE purchase IS NOT NULL;
    -- Two entries per movement, ids interleaved in recording order: the customer's side, then the
    -- programme slot's, whose running balance carries on from the previous batch.
    INSERT INTO "LedgerEntry" (id, "movementId", "accountId", amount, "balanceAfter", "createdAt")
    SELECT 2 * seq - 1, id, COALESCE(pending_account, account), points,
           CASE WHEN pending THEN points ELSE balance_after END, at
    FROM mv;
    CREATE TEMP TABLE legs ON COMMIT DROP AS
    SELECT 2 * mv.seq AS entry, mv.id, p.id AS account, p.balance AS opening, -mv.points AS amount, mv.at
    FROM mv JOIN "Account" p
      ON p.code = CASE mv.type WHEN 'EARN' THEN 'issued' ELSE 'redeemed' END || ':' || mv.channel || '#' || mv.slot;
    INSERT INTO "LedgerEntry" (id, "movementId", "accountId", amount, "balanceAfter", "createdAt")
    SELECT entry, id, account, amount, opening + sum(amount) OVER (PARTITION BY account ORDER BY entry), at
    FROM legs ORDER BY entry;
    UPDATE "Account" p SET balance = p.balance + l.total
    FROM (SELECT account, sum(amount) AS total FROM legs GROUP BY account) l WHERE p.id = l.account;
    -- Spendable lots spent oldest first: what the redemptions took comes off the earliest earnings.
    INSERT INTO "PointLot" ("customerId", "movementId", "sourceType", "sourceId", points, remaining, "pendingUntil", "expiresAt", "createdAt")
    SELECT customer, id, CASE WHEN purchase IS NOT NULL THEN 'PURCHASE' ELSE 'BONUS' END,
           COALESCE(purchase::text, i || ':' || n), points,
           CASE WHEN pending THEN points ELSE points - least(points, greatest(0, spent - (earned - points))) END,
           CASE WHEN pending THEN at + interval '30 days' END, at + interval '12 months', at
    FROM (SELECT mv.*,
                 sum(points) FILTER (WHERE type = 'EARN' AND NOT pending) OVER (PARTITION BY customer ORDER BY n) AS earned,
                 -sum(points) FILTER (WHERE type = 'REDEEM') OVER (PARTITION BY customer) AS spent
          FROM mv) l
    WHERE type = 'EARN' ORDER BY seq;
    INSERT INTO "DiscountCode" (code, "customerId", "rewardId", "discountType", "discountValue", currency, channels, "pointsCost", "validFrom", "validUntil")
    SELECT 'RD' || lpad(i::text, 10, '0'), b.id, r.id, 'FIXED_AMOUNT', 500, 'EUR', 'BOTH', 250,
           now() - interval '10 days', now() + interval '60 days'
    FROM batch b, (SELECT id FROM "Reward" ORDER BY "pointsCost" LIMIT 1) r WHERE i % 3 = 0;
    WITH claims AS (
      INSERT INTO "OfferClaim" ("offerId", "customerId", channel)
      SELECT o.id, b.id, 'STORE' FROM batch b, "Offer" o WHERE o."titleEn" = 'Everyone' AND b.i % 10 = 0
      RETURNING "offerId"
    )
    UPDATE "Offer" o SET "claimedCount" = "claimedCount" + (SELECT count(*) FROM claims)
    WHERE o."titleEn" = 'Everyone'`);
  await db.query('COMMIT');
};

/** The checks the ledger's triggers make per statement, over the whole seeded ledger at once. */
export const checkLedger = async (db: pg.Client) => {
  const { rows } = await db.query<{ check: string; bad: number }>(`
    SELECT 'movements whose entries do not sum to zero' AS check, count(*)::int AS bad FROM (
      SELECT "movementId" FROM "LedgerEntry" GROUP BY "movementId" HAVING sum(amount) <> 0) m
    UNION ALL
    SELECT 'movements without entries', count(*)::int FROM "Movement" m
      WHERE NOT EXISTS (SELECT 1 FROM "LedgerEntry" e WHERE e."movementId" = m.id)
    UNION ALL
    SELECT 'entries that do not continue their running balance', count(*)::int FROM (
      SELECT amount, "balanceAfter",
             lag("balanceAfter", 1, 0) OVER (PARTITION BY "accountId" ORDER BY id) AS before
      FROM "LedgerEntry") e WHERE "balanceAfter" - amount <> before
    UNION ALL
    SELECT 'accounts whose balance is not their last entry''s', count(*)::int FROM "Account" a
      WHERE a.balance <> COALESCE((SELECT e."balanceAfter" FROM "LedgerEntry" e
                                   WHERE e."accountId" = a.id ORDER BY e.id DESC LIMIT 1), 0)
    UNION ALL
    SELECT 'customers whose spendable lots do not add up to their balance', count(*)::int
      FROM "Account" a LEFT JOIN (SELECT "customerId", sum(remaining) AS points FROM "PointLot"
                                  WHERE "pendingUntil" IS NULL GROUP BY "customerId") l USING ("customerId")
      WHERE a.kind = 'CUSTOMER' AND a.balance <> COALESCE(l.points, 0)
    UNION ALL
    SELECT 'pending accounts whose lots do not add up to their balance', count(*)::int
      FROM "Account" a LEFT JOIN (SELECT 'pending:' || "customerId" AS code, sum(remaining) AS points
                                  FROM "PointLot" WHERE "pendingUntil" IS NOT NULL GROUP BY "customerId") l USING (code)
      WHERE a.kind = 'CUSTOMER_PENDING' AND a.balance <> COALESCE(l.points, 0)`);
  for (const row of rows) console.log(`  ${row.check}: ${row.bad}`);
  if (rows.some((row) => row.bad !== 0)) throw new Error('The seeded ledger breaks its invariants');
};

/** Seeds the migrated database behind `db` with `customers` customers and their history. */
export const seedReads = async (db: pg.Client, customers: number) => {
  await startBulkLoad(db, BULK_TABLES);
  await seedProgramme(db);
  await withoutSecondaryIndexes(db, BULK_TABLES, () =>
    // Per customer: itself, an account, 20 movements, 40 entries, 16 lots, 8 purchases, ~0.4 codes and claims.
    inBatches({ customers, batch: BATCH, rowsPerCustomer: 86.4 }, (from, to) =>
      seedBatch(db, from, to),
    ),
  );
  await db.query(`
    SELECT setval(pg_get_serial_sequence('"Movement"', 'seq'), (SELECT max(seq) FROM "Movement"));
    SELECT setval(pg_get_serial_sequence('"LedgerEntry"', 'id'), (SELECT max(id) FROM "LedgerEntry"))`);
  await endBulkLoad(db, BULK_TABLES);
  await timed('check the ledger', () => checkLedger(db));
};
