// Prisma's WebAssembly schema engine, used because the Prisma 7 CLI needs a native engine binary
// that cannot be downloaded offline.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { DiffTarget, SchemaContainer } from '@prisma/schema-engine-wasm/schema_engine_bg';
import pg from 'pg';

export type SchemaFile = SchemaContainer;

// The package's own entry point imports the .wasm file as an ES module, which Node 20 cannot do,
// so the module is instantiated by hand against the JS glue it expects as its import.
function instantiateWasm(): void {
  const entry = import.meta.resolve('@prisma/schema-engine-wasm');
  const bytes = readFileSync(fileURLToPath(new URL('./schema_engine_bg.wasm', entry)));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
    './schema_engine_bg.js': bindings as unknown as WebAssembly.ModuleImports,
  });
  bindings.__wbg_set_wasm(instance.exports);
  const start = instance.exports.__wbindgen_start;
  if (typeof start === 'function') start();
}

// The engine logs JSON lines; only problems are worth showing to a developer.
function forwardLog(line: string): void {
  const { level } = JSON.parse(line) as { level?: string };
  if (level === 'WARN' || level === 'ERROR') console.error(line);
}

// Even a schema-to-schema diff needs a reachable database: the engine connects through the
// adapter as soon as it runs a command. The pool is ours so it can be closed; otherwise its idle
// connection keeps the process alive for pg's 10 s idle timeout.
async function openEngine(datamodel: SchemaFile, pool: pg.Pool) {
  instantiateWasm();
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool));
  return bindings.SchemaEngine.new(
    { datamodels: [[datamodel.path, datamodel.content]] },
    forwardLog,
    adapter,
  );
}

// A datasource-only schema stands for "no tables yet". The engine's `empty` target would also
// emit `CREATE SCHEMA "public"`, which `prisma migrate dev` never writes.
const EMPTY_DATAMODEL: SchemaFile = {
  path: 'empty.prisma',
  content: 'datasource db {\n  provider = "postgresql"\n}\n',
};

function datamodelTarget(file: SchemaFile): DiffTarget {
  return { tag: 'schemaDatamodel', files: [file] };
}

/** Returns the migration SQL from `from` (or nothing) to `to`, or null when they are equivalent. */
export async function diffSchemas(
  from: SchemaFile | null,
  to: SchemaFile,
  connectionString: string,
): Promise<string | null> {
  const pool = new pg.Pool({ connectionString });
  try {
    const engine = await openEngine(to, pool);
    const result = await engine.diff({
      from: datamodelTarget(from ?? EMPTY_DATAMODEL),
      to: datamodelTarget(to),
      script: true,
      // With exitCode set the engine reports 2 for a non-empty diff; otherwise an empty diff still
      // comes back as the script "-- This is an empty migration.".
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.exitCode === 2 ? (result.stdout ?? '') : null;
  } finally {
    await pool.end();
  }
}
