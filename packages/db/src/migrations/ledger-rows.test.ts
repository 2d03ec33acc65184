import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../../../prisma/migrations/', import.meta.url));
const LEDGER = String.raw`"?(Movement|LedgerEntry|Account)"?`;

// The ledger is append-only and balanced by its triggers; a migration that edits its rows, or
// lifts its guards to do so, rewrites the points history of every customer.
const REWRITES = [
  new RegExp(
    String.raw`\b(UPDATE|DELETE\s+FROM|TRUNCATE(\s+TABLE)?)\s+(ONLY\s+)?${LEDGER}(\s|;|$)`,
    'i',
  ),
  new RegExp(String.raw`\bALTER\s+TABLE\s+(ONLY\s+)?${LEDGER}\s+DISABLE\b`, 'i'),
  new RegExp(String.raw`\bDROP\s+TRIGGER\b[^;]*\bON\s+${LEDGER}`, 'i'),
  /\bDROP\s+FUNCTION\s+(IF\s+EXISTS\s+)?fidele_(refuse_ledger_change|check_)/i,
  /\bsession_replication_role\b/i,
];

// Made before this rule, and already applied everywhere: a one-off backfill of Movement.qualifying.
const GRANDFATHERED = new Set(['20261123215514_vip_tiers']);

const withoutComments = (sql: string) =>
  sql.replace(/--[^\n]*/g, '').replace(/\/\*[\s\S]*?\*\//g, '');

// A function's body runs when the platform calls it, as the code that writes movements does,
// under the ledger's triggers; a DO block runs as the migration applies, so it is checked.
const withoutFunctionBodies = (sql: string) =>
  sql.replace(/\bCREATE\s+(OR\s+REPLACE\s+)?FUNCTION\b[\s\S]*?(\$\w*\$)[\s\S]*?\2/gi, '');

const ledgerRewrites = (sql: string): string[] =>
  withoutFunctionBodies(withoutComments(sql))
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => REWRITES.some((pattern) => pattern.test(statement)));

describe('migrations', () => {
  it('never rewrite ledger rows nor lift the ledger guards', () => {
    const found = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !GRANDFATHERED.has(entry.name))
      .flatMap((entry) =>
        ledgerRewrites(readFileSync(join(MIGRATIONS_DIR, entry.name, 'migration.sql'), 'utf8')).map(
          (statement) => `${entry.name}: ${statement}`,
        ),
      );
    expect(found).toEqual([]);
  });

  it('recognise a rewrite however it is spelt', () => {
    expect(
      [
        'UPDATE "Movement" SET qualifying = true',
        'update ledgerentry set amount = 0',
        'DELETE FROM "LedgerEntry" WHERE true',
        'TRUNCATE TABLE "Movement" CASCADE',
        'UPDATE "Account" SET balance = 0',
        'ALTER TABLE "Movement" DISABLE TRIGGER "Movement_append_only"',
        'ALTER TABLE "LedgerEntry" DISABLE TRIGGER ALL',
        'DROP TRIGGER "LedgerEntry_balanced" ON "LedgerEntry"',
        "SET session_replication_role = 'replica'",
        'DROP FUNCTION fidele_check_ledger_entries() CASCADE',
      ].map((statement) => ledgerRewrites(statement).length),
    ).toEqual(Array(10).fill(1));
    expect(
      ledgerRewrites(
        'DO $$ BEGIN UPDATE "Account" SET balance = 0; END $$; CREATE FUNCTION f() RETURNS void LANGUAGE sql AS $$ UPDATE "Account" SET balance = balance + 1 $$;',
      ),
    ).toHaveLength(1);
    expect(
      ledgerRewrites(`
        -- UPDATE "Movement" SET points = 0 (a comment)
        ALTER TABLE "Movement" ADD COLUMN "note" TEXT;
        CREATE TRIGGER t AFTER UPDATE ON "Account" FOR EACH STATEMENT EXECUTE FUNCTION f();
        UPDATE "Tier" SET rank = 1;
        UPDATE "Refund" SET "pointsWrittenOff" = 0`),
    ).toEqual([]);
  });
});
