import type pg from 'pg';

/** One statement text's share of a load, from `pg_stat_statements`. */
export type StatementShare = { query: string; perRequest: number; meanMs: number };

/** What PostgreSQL ran for one endpoint's load. */
export type StatementProfile = {
  /** Statements the API sent per request (top-level: a function's inner statements not counted). */
  perRequest: number;
  /** Write-ahead log written per request, in bytes: what each commit waits to flush. */
  walBytesPerRequest: number;
  /** The statements the API sent, by total execution time, heaviest first. */
  top: StatementShare[];
};

const oneLine = (query: string, width: number) => {
  const flat = query.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
};

/**
 * Counts the statements each load makes, when the server loads `pg_stat_statements`
 * (`shared_preload_libraries`); without it the bench runs the same and says so once.
 * The counts are read per database, so the bench's other databases do not mix in.
 */
export const statementCounter = async (client: pg.Client) => {
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await client.query('SELECT pg_stat_statements_reset()');
  } catch {
    console.log(
      "pg_stat_statements is not loaded on this server: statements per request won't be shown.",
    );
    return undefined;
  }
  return {
    /** Forgets what was counted so far: call before a load. */
    reset: async () => {
      await client.query('SELECT pg_stat_statements_reset()');
    },
    /** What was counted since the last reset, for `requests` requests. */
    read: async (requests: number, topCount = 4): Promise<StatementProfile> => {
      const { rows } = await client.query<{
        query: string;
        calls: string;
        mean: number;
        wal: string;
      }>(
        `SELECT query, sum(calls) AS calls, sum(total_exec_time) / sum(calls) AS mean,
                sum(wal_bytes) AS wal
         FROM pg_stat_statements
         WHERE toplevel AND dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
           AND query NOT LIKE '%pg_stat_statements%' AND query NOT IN ('ANALYZE', 'VACUUM ANALYZE')
         GROUP BY query ORDER BY sum(total_exec_time) DESC`,
      );
      const calls = rows.reduce((sum, row) => sum + Number(row.calls), 0);
      const wal = rows.reduce((sum, row) => sum + Number(row.wal), 0);
      return {
        perRequest: calls / requests,
        walBytesPerRequest: wal / requests,
        top: rows.slice(0, topCount).map((row) => ({
          query: oneLine(row.query, 90),
          perRequest: Number(row.calls) / requests,
          meanMs: row.mean,
        })),
      };
    },
  };
};

/** Prints each endpoint's statements per request and its heaviest statements. */
export const printStatementProfiles = (profiles: { name: string; profile: StatementProfile }[]) => {
  for (const { name, profile } of profiles) {
    console.log(
      `\n${name}: ${profile.perRequest.toFixed(2)} statements and ${Math.round(profile.walBytesPerRequest).toLocaleString('en')} bytes of WAL per request`,
    );
    for (const share of profile.top)
      console.log(
        `  ${share.perRequest.toFixed(2)} × ${share.meanMs.toFixed(3)} ms  ${share.query}`,
      );
  }
};
