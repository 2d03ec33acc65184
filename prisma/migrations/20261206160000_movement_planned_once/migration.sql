-- write_movement's statement (the movement, its entries, balances and lots as CTEs, see
-- 20261206040000) was planned again on every call: its parameters let a custom plan drop the
-- CTEs a movement does not need, so PostgreSQL's plan cache never chose the generic plan, and
-- planning cost as much as running it (0.35 ms of 0.9 ms per movement, pg_stat_statements with
-- track_planning). The generic plan evaluates those conditions at run time instead, and runs as
-- fast: every purchase, claim and refund saves the planning.
ALTER FUNCTION write_movement SET plan_cache_mode = force_generic_plan;
