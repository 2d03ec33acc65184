// Generates the Prisma client after install. Prisma's CLI first tries to download a native schema
// engine; generation does not need it, so point it at any existing file when none is configured
// (offline machines would otherwise fail here). Migrations never go through the CLI: see
// packages/db/src/migrations.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
const cli = 'node_modules/prisma/build/index.js';
if (!existsSync(cli)) process.exit(0);
execFileSync(process.execPath, [cli, 'generate'], { stdio: 'inherit', env });
