import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { createDb, type Db } from '../client.ts';
import { adminQuery, type TestServer, withDatabase } from './test-server.ts';

export type TestDatabase = { url: string; db: Db; drop: () => Promise<void> };

declare module 'vitest' {
  export interface ProvidedContext {
    fideleTestServer: TestServer;
  }
}

/** A fresh, migrated database for one test file, copied from the run's template. */
export const createTestDatabase = async (): Promise<TestDatabase> => {
  const { serverUrl, template, prefix } = inject('fideleTestServer');
  const name = `${prefix}${randomBytes(6).toString('hex')}`;
  // Copying a template fails while another copy of it is being made: retry briefly.
  for (let attempt = 0; ; attempt++) {
    try {
      await adminQuery(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
      break;
    } catch (error) {
      if (attempt > 50 || !/being accessed by other users/.test((error as Error).message))
        throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
    }
  }
  const url = withDatabase(serverUrl, name);
  const db = createDb(url, { max: 25 });
  return {
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
};
