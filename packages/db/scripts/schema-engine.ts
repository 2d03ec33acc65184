// Prisma's WebAssembly schema engine, used because the Prisma 7 CLI needs a native engine binary
// that cannot be downloaded offline.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaContainer } from '@prisma/schema-engine-wasm/schema_engine_bg';
import pg from 'pg';

export type SchemaFile = SchemaContainer;

let instantiated = false;

// The package's own entry point imports the .wasm file as an ES module, which Node 20 cannot do,
// so the module is instantiated by hand against the JS glue it expects as its import.
function instantiateWasm(): void {
  if (instantiated) return;
  // The glue reports a Rust panic here before throwing "unreachable"; without it the message is lost.
  Object.assign(globalThis, {
    PRISMA_WASM_PANIC_REGISTRY: { set_message: (message: string) => console.error(message) },
  });
  const entry = import.meta.resolve('@prisma/schema-engine-wasm');
  const bytes = readFileSync(fileURLToPath(new URL('./schema_engine_bg.wasm', entry)));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
    './schema_engine_bg.js': bindings as unknown as WebAssembly.ModuleImports,
  });
  bindings.__wbg_set_wasm(instance.exports);
  const start = instance.exports.__wbindgen_start;
  if (typeof start === 'function') start();
  instantiated = true;
}

// The engine logs JSON lines; only problems are worth showing to a developer.
function forwardLog(line: string): void {
  const { level } = JSON.parse(line) as { level?: string };
  if (level === 'WARN' || level === 'ERROR') console.error(line);
}

const PG_CHAR = 18;
const PG_TEXT = 25;

// Describing a database reads PostgreSQL's one-byte "char" columns of the catalogue (e.g.
// pg_constraint.contype), a type adapter-pg 7.10 refuses ("Column type 'char' could not be
// deserialized"). The pool hands such columns to the adapter as text, and the adapter's answer then
// names them Character, as the engine expects. Results are matched by their rows array, which the
// adapter passes through.
function catalogueReadingAdapter(pool: pg.Pool) {
  const charColumns = new WeakMap<unknown[], number[]>();
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<pg.QueryResult>;
  Object.assign(pool, {
    query: async (...args: unknown[]) => {
      const result = await query(...args);
      const columns = result.fields.flatMap((field, index) =>
        field.dataTypeID === PG_CHAR ? [index] : [],
      );
      for (const index of columns) result.fields[index]!.dataTypeID = PG_TEXT;
      if (columns.length) charColumns.set(result.rows, columns);
      return result;
    },
  });
  const factory = new PrismaPg(pool);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const queryRaw = adapter.queryRaw.bind(adapter);
    adapter.queryRaw = async (sql) => {
      const result = await queryRaw(sql);
      for (const index of charColumns.get(result.rows) ?? [])
        result.columnTypes[index] = ColumnTypeEnum.Character;
      return result;
    };
    return adapter;
  };
  return bindMigrationAwareSqlAdapterFactory(factory);
}

/**
 * The SQL that takes the database at `connectionString` to `schema`, or null when the database is
 * exactly what the schema describes. Triggers, functions and CHECK constraints, which Prisma does
 * not model, are not compared.
 */
export async function diffDatabaseToSchema(
  connectionString: string,
  schema: SchemaFile,
): Promise<string | null> {
  instantiateWasm();
  // The pool is ours so it can be closed; otherwise its idle connection keeps the process alive
  // for pg's 10 s idle timeout.
  const pool = new pg.Pool({ connectionString, max: 2 });
  try {
    const engine = await bindings.SchemaEngine.new(
      { datamodels: [[schema.path, schema.content]] },
      forwardLog,
      catalogueReadingAdapter(pool),
    );
    const result = await engine.diff({
      // The datasource's database is the adapter's connection.
      from: { tag: 'schemaDatasource', files: [schema], configDir: process.cwd() },
      to: { tag: 'schemaDatamodel', files: [schema] },
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
