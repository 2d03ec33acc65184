import { Prisma, type Tx } from '@fidele/db';
import { recordAudit } from '../audit/index.ts';
import { AppError } from '../errors.ts';

/** What marketing archives and restores: its table, and the error when there is no such row. */
const ARCHIVABLE = {
  game: { table: 'Game', notFound: 'game_not_found' },
  contest: { table: 'Contest', notFound: 'contest_not_found' },
} as const;

/**
 * Archives a game or a contest (members no longer see it) or restores it; audited as
 * `<kind>.archive` / `<kind>.restore` when it changes, nothing when asked again.
 */
export const setArchived = async (
  tx: Tx,
  kind: keyof typeof ARCHIVABLE,
  input: { id: string; archived: boolean; staffUserId: string },
) => {
  const { table, notFound } = ARCHIVABLE[kind];
  const [row] = await tx.$queryRaw<{ changed: boolean }[]>`
    WITH changed AS (
      UPDATE ${Prisma.raw(`"${table}"`)} SET "archivedAt" = ${input.archived ? new Date() : null}
      WHERE id = ${input.id}::uuid AND ("archivedAt" IS NULL) = ${input.archived}
      RETURNING id)
    SELECT EXISTS (SELECT 1 FROM changed) AS changed
    FROM ${Prisma.raw(`"${table}"`)} WHERE id = ${input.id}::uuid`;
  if (!row) throw new AppError(notFound);
  if (row.changed)
    await recordAudit(tx, {
      actor: { type: 'STAFF', id: input.staffUserId },
      action: `${kind}.${input.archived ? 'archive' : 'restore'}`,
      target: { type: kind, id: input.id },
    });
  return { id: input.id };
};
