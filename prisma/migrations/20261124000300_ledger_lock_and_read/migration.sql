-- Locks a customer's points account and then reads what a movement needs, in one round trip.
-- The read is a statement of its own after the lock: under READ COMMITTED each statement of a
-- VOLATILE function takes a fresh snapshot, so it sees what the previous holder of the lock
-- committed (one SELECT … FOR UPDATE with subqueries would read them as of before the wait).
CREATE FUNCTION lock_customer_points(customer uuid, pending_code text, debt_code text, lot uuid)
RETURNS TABLE (balance int, pending int, debt int, "lotRemaining" int, "lotPending" boolean)
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  PERFORM 1 FROM "Account" WHERE "customerId" = customer FOR UPDATE;
  RETURN QUERY
    SELECT a.balance,
           (SELECT p.balance FROM "Account" p WHERE p.code = pending_code),
           (SELECT d.balance FROM "Account" d WHERE d.code = debt_code),
           l.remaining,
           l."pendingUntil" IS NOT NULL
    FROM "Account" a
    LEFT JOIN "PointLot" l ON l.id = lot AND l."customerId" = customer
    WHERE a."customerId" = customer;
END
$$;
