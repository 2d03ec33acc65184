import { Prisma, type SocialNetwork, type Tx } from '@fidele/db';
import { recordAudit } from '../audit/index.ts';
import { AppError } from '../errors.ts';
import { contestNotFound } from './contest-admin.ts';

/** An entry read from a social tool's export (the validators' `parseEntryImport`). */
export type EntryToImport = {
  network: SocialNetwork;
  postUrl: string;
  handle: string;
  email: string | null;
};

export type ImportCount = {
  /** Entries of the file (after merging a post seen twice). */
  entries: number;
  /** Already in the contest (entered in the portal, or by an earlier import): left as they are. */
  alreadyIn: number;
  /** New entries: added by an import, pending moderation. */
  added: number;
  /** New entries whose email is a member's: hers at once. */
  members: number;
};

const columnsOf = (entries: EntryToImport[]) => Prisma.sql`
  SELECT * FROM unnest(${entries.map((entry) => entry.network)}::"SocialNetwork"[],
                       ${entries.map((entry) => entry.postUrl)}::text[],
                       ${entries.map((entry) => entry.handle)}::text[],
                       ${entries.map((entry) => entry.email)}::text[])
    WITH ORDINALITY AS row(network, "postUrl", handle, email, line)`;

/**
 * What importing the entries would do, or does: an entry already in the contest (same network and
 * post) is left alone, so the same file imported again adds nothing; a new one is added pending,
 * the member's when its email is a member's (numbered after her other entries), kept by handle
 * and email until she joins otherwise. One statement either way, whatever the file's size.
 */
export const importContestEntries = async (
  tx: Tx,
  input: { contestId: string; entries: EntryToImport[]; staffUserId: string; preview: boolean },
): Promise<ImportCount> => {
  // Locked: two imports, or a freeze, one at a time; portal entries may still come in between.
  const [contest] = await tx.$queryRaw<{ drawFrozenAt: Date | null }[]>`
    SELECT "drawFrozenAt" FROM "Contest" WHERE id = ${input.contestId}::uuid FOR UPDATE`;
  if (!contest) throw contestNotFound();
  if (contest.drawFrozenAt && !input.preview) throw new AppError('contest_draw_frozen');
  const [count] = await tx.$queryRaw<
    { alreadyIn: number; added: number; members: number; written: number }[]
  >`
    WITH file AS (${columnsOf(input.entries)}),
    fresh AS (
      SELECT file.*, c.id AS "customerId"
      FROM file LEFT JOIN "Customer" c ON c.email = file.email
      WHERE NOT EXISTS (SELECT 1 FROM "ContestEntry" e
                        WHERE e."contestId" = ${input.contestId}::uuid
                          AND e.network = file.network AND e."postUrl" = file."postUrl")
    ),
    numbered AS (
      SELECT fresh.*,
             CASE WHEN "customerId" IS NOT NULL THEN
               coalesce((SELECT max(e.number) FROM "ContestEntry" e
                         WHERE e."contestId" = ${input.contestId}::uuid
                           AND e."customerId" = fresh."customerId"), 0)
               + row_number() OVER (PARTITION BY "customerId" ORDER BY line)
             END AS number
      FROM fresh
    ),
    added AS (
      INSERT INTO "ContestEntry" ("contestId", "customerId", number, network, "postUrl", handle,
                                  email, source)
      SELECT ${input.contestId}::uuid, "customerId", number, network, "postUrl", handle, email,
             'IMPORT'::"ContestEntrySource"
      FROM numbered WHERE NOT ${input.preview}
      ON CONFLICT DO NOTHING
      RETURNING id
    )
    SELECT (SELECT count(*) FROM file) - (SELECT count(*) FROM fresh) AS "alreadyIn",
           (SELECT count(*) FROM fresh) AS added,
           (SELECT count(*) FROM fresh WHERE "customerId" IS NOT NULL) AS members,
           (SELECT count(*) FROM added) AS written`;
  const result = {
    entries: input.entries.length,
    alreadyIn: Number(count!.alreadyIn),
    // A row a portal entry took meanwhile is skipped: what was written is what was added.
    added: Number(input.preview ? count!.added : count!.written),
    members: Number(count!.members),
  };
  if (!input.preview)
    await recordAudit(tx, {
      actor: { type: 'STAFF', id: input.staffUserId },
      action: 'contest.entries.import',
      target: { type: 'contest', id: input.contestId },
      data: result,
    });
  return result;
};
