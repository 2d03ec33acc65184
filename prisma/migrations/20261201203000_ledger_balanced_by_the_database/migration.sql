-- The ledger's truths, held by the database itself and not only by the code that writes it: every
-- movement has entries and they sum to zero; every account's balance equals the sum of its entries.
-- Checked once per statement over the rows it wrote (transition tables), touching only the
-- movements and accounts it wrote: a movement is one statement (see record-movement.ts), so each
-- check costs a few index lookups. By induction on the running balance (`balanceAfter`), the
-- balance always equals the sum of the account's entries without ever summing them.

-- Each new entry continues its account's running balance (the previous entry's `balanceAfter`
-- plus its amount), the last one ends at the balance the account holds, and every movement the
-- statement added entries to sums to zero over all its entries.
CREATE FUNCTION fidele_check_ledger_entries() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  bad text;
BEGIN
  SELECT m."movementId" INTO bad
  FROM (SELECT "movementId" FROM added GROUP BY "movementId") m
  WHERE (SELECT SUM(e.amount) FROM "LedgerEntry" e WHERE e."movementId" = m."movementId") <> 0
  LIMIT 1;
  IF bad IS NOT NULL THEN
    RAISE EXCEPTION 'the ledger must balance: the entries of movement % do not sum to zero', bad
      USING ERRCODE = 'check_violation';
  END IF;
  -- The previous entry is looked up in the table, where this statement's entries already are.
  SELECT a."accountId" INTO bad
  FROM added a JOIN "Account" acc ON acc.id = a."accountId"
  WHERE a."balanceAfter" - a.amount <> COALESCE(
          (SELECT e."balanceAfter" FROM "LedgerEntry" e
           WHERE e."accountId" = a."accountId" AND e.id < a.id ORDER BY e.id DESC LIMIT 1),
          0)
     OR (a."balanceAfter" <> acc.balance
         AND NOT EXISTS (SELECT 1 FROM "LedgerEntry" e WHERE e."accountId" = a."accountId" AND e.id > a.id))
  LIMIT 1;
  IF bad IS NOT NULL THEN
    RAISE EXCEPTION 'the ledger must balance: the entries of account % do not add up to its balance', bad
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "LedgerEntry_balanced" AFTER INSERT ON "LedgerEntry"
  REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION fidele_check_ledger_entries();

-- A movement without entries moves nothing: refused.
CREATE FUNCTION fidele_check_movements_have_entries() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  bad uuid;
BEGIN
  SELECT m.id INTO bad FROM added m
  WHERE NOT EXISTS (SELECT 1 FROM "LedgerEntry" e WHERE e."movementId" = m.id)
  LIMIT 1;
  IF bad IS NOT NULL THEN
    RAISE EXCEPTION 'the ledger must balance: movement % has no entries', bad
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Movement_has_entries" AFTER INSERT ON "Movement"
  REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION fidele_check_movements_have_entries();

-- A balance only moves with an entry: each account a statement wrote holds the running balance of
-- its latest entry (0 without entries). Two triggers, as a trigger with transition tables has one
-- event.
CREATE FUNCTION fidele_check_account_balances() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  bad uuid;
BEGIN
  SELECT a.id INTO bad FROM written a
  WHERE a.balance <> COALESCE(
          (SELECT e."balanceAfter" FROM "LedgerEntry" e
           WHERE e."accountId" = a.id ORDER BY e.id DESC LIMIT 1),
          0)
  LIMIT 1;
  IF bad IS NOT NULL THEN
    RAISE EXCEPTION 'the ledger must balance: the balance of account % moved without an entry', bad
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Account_balance_from_entries_insert" AFTER INSERT ON "Account"
  REFERENCING NEW TABLE AS written
  FOR EACH STATEMENT EXECUTE FUNCTION fidele_check_account_balances();
CREATE TRIGGER "Account_balance_from_entries_update" AFTER UPDATE ON "Account"
  REFERENCING NEW TABLE AS written
  FOR EACH STATEMENT EXECUTE FUNCTION fidele_check_account_balances();

-- The checks build on the running balances already written: refuse to install them over a ledger
-- whose entries do not chain or do not end at their account's balance (a till would then fail on
-- every movement of that account), rather than discover it at the till.
DO $$
DECLARE
  bad uuid;
BEGIN
  SELECT "accountId" INTO bad FROM (
    SELECT "accountId", amount, "balanceAfter",
           lag("balanceAfter", 1, 0) OVER (PARTITION BY "accountId" ORDER BY id) AS before
    FROM "LedgerEntry"
  ) e WHERE "balanceAfter" - amount <> before LIMIT 1;
  IF bad IS NULL THEN
    SELECT a.id INTO bad FROM "Account" a
    WHERE a.balance <> COALESCE(
      (SELECT e."balanceAfter" FROM "LedgerEntry" e WHERE e."accountId" = a.id ORDER BY e.id DESC LIMIT 1), 0)
    LIMIT 1;
  END IF;
  IF bad IS NOT NULL THEN
    RAISE EXCEPTION 'account % does not match its ledger entries: repair the ledger before this migration', bad;
  END IF;
END
$$;
