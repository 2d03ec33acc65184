import { Prisma } from '@fidele/db';

/**
 * `column` is one of the shops, or `true` for the whole programme. Written into the statement's
 * text rather than as `($1 IS NULL OR …)`: each scope then has a prepared statement of its own,
 * whose plan reads the whole programme from index-only scans instead of filtering each row.
 */
export const inShops = (column: Prisma.Sql, shopIds: string[] | null): Prisma.Sql =>
  shopIds ? Prisma.sql`${column} = ANY(${shopIds}::uuid[])` : Prisma.sql`true`;
