import { type ChildProcess, spawn } from 'node:child_process';

/** The PostgreSQL server the benches create their databases on. */
export const BENCH_SERVER =
  process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/** A database of the bench server, by name. */
export const benchDatabaseUrl = (name: string): string => {
  const url = new URL(BENCH_SERVER);
  url.pathname = `/${name}`;
  return url.toString();
};

/**
 * Starts the real API server (one process per core, as in production, unless API_PROCESSES says
 * otherwise) on `port` against `databaseUrl`, rate limit lifted, and waits until it answers.
 * BENCH_API_NODE_FLAGS passes flags to it, e.g. `--cpu-prof` to profile it under load.
 */
export const startBenchApi = async (databaseUrl: string, port: number): Promise<ChildProcess> => {
  const flags = process.env.BENCH_API_NODE_FLAGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...flags, '--import', 'tsx', 'apps/api/src/main.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      API_PORT: String(port),
      LOG_LEVEL: 'error',
      API_PROCESSES: process.env.API_PROCESSES ?? '2',
      API_RATE_LIMIT_PER_MINUTE: '100000000',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/v1/health`)).ok) return child;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('The API server did not start');
};
