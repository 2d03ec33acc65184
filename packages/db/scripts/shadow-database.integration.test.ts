import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, inject, it } from 'vitest';
import { MIGRATIONS_DIR } from '../src/migrations/index.ts';
import { diffMigrationsToSchema } from './shadow-database.ts';

const schemaPath = fileURLToPath(new URL('../../../prisma/schema.prisma', import.meta.url));

it('the migrations build exactly prisma/schema.prisma', async () => {
  const { serverUrl } = inject('fideleTestServer');
  const schema = { path: 'prisma/schema.prisma', content: readFileSync(schemaPath, 'utf8') };
  // The SQL a new migration would need: none, or the schema changed without its migration.
  expect(await diffMigrationsToSchema(serverUrl, MIGRATIONS_DIR, schema)).toBeNull();
});
