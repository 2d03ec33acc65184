import type pg from 'pg';

// How the benches' seeds write millions of rows: set-based, a batch of customers per transaction,
// with the ledger's triggers off for the session, the secondary indexes built once at the end,
// and one VACUUM ANALYZE after, as autovacuum leaves a settled table.

/** Runs `run`, then prints how long it took. */
export const timed = async <T>(label: string, run: () => Promise<T>) => {
  const start = performance.now();
  const result = await run();
  const seconds = (performance.now() - start) / 1_000;
  console.log(`${label}: ${seconds.toFixed(2)} s`);
  return { result, seconds };
};

/**
 * Prepares a bulk load of `tables`: triggers off for the session (`session_replication_role =
 * replica`: the ledger's statement triggers would cost more than the writes, so a seed checks what
 * they keep itself), room to sort and build indexes in memory, no wait for each commit's flush,
 * and no autovacuum on the tables while they fill: an autovacuum ANALYZE that starts mid-load
 * holds a snapshot that keeps the final VACUUM from marking the later batches' pages all-visible,
 * and index-only scans then visit the heap.
 */
export const startBulkLoad = async (db: pg.Client, tables: string[]) => {
  await db.query(`SET session_replication_role = replica; SET work_mem = '256MB';
                  SET maintenance_work_mem = '1GB'; SET synchronous_commit = off`);
  for (const table of tables)
    await db.query(`ALTER TABLE "${table}" SET (autovacuum_enabled = false)`);
};

/**
 * Ends `startBulkLoad`: the database checks again, autovacuum is back, and the whole database is
 * vacuumed and analysed (statistics and the visibility map that index-only scans use).
 */
export const endBulkLoad = async (db: pg.Client, tables: string[]) => {
  await db.query('RESET session_replication_role');
  for (const table of tables) await db.query(`ALTER TABLE "${table}" RESET (autovacuum_enabled)`);
  await timed('vacuum and analyse', () => db.query('VACUUM ANALYZE'));
};

/**
 * Drops the secondary indexes of `tables` (those that back no constraint), runs `load`, then
 * builds them again: building an index once is much cheaper than maintaining it row by row.
 */
export const withoutSecondaryIndexes = async (
  db: pg.Client,
  tables: string[],
  load: () => Promise<void>,
) => {
  const { rows: indexes } = await db.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
     WHERE schemaname = 'public' AND tablename = ANY($1)
       AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
    [tables],
  );
  for (const { name } of indexes) await db.query(`DROP INDEX "${name}"`);
  await load();
  await timed(`build ${indexes.length} indexes`, async () => {
    for (const { definition } of indexes) await db.query(definition);
  });
};

/**
 * Calls `seedBatch` for customers 1..`customers`, `batch` at a time, and prints after each batch
 * the customers done, the rows written (`rowsPerCustomer` each), rows/s and the time so far.
 */
export const inBatches = async (
  input: { customers: number; batch: number; rowsPerCustomer: number },
  seedBatch: (from: number, to: number) => Promise<void>,
) => {
  const start = performance.now();
  for (let from = 1; from <= input.customers; from += input.batch) {
    const to = Math.min(from + input.batch - 1, input.customers);
    await seedBatch(from, to);
    const seconds = (performance.now() - start) / 1_000;
    const rows = to * input.rowsPerCustomer;
    console.log(
      `  ${to.toLocaleString('en')} customers, ~${Math.round(rows).toLocaleString('en')} rows, ` +
        `${Math.round(rows / seconds).toLocaleString('en')} rows/s, ${seconds.toFixed(0)} s`,
    );
  }
};
