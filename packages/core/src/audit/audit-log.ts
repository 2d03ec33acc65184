import type { ActorType, Prisma, Tx } from '@fidele/db';
import type { AuditTargetType, RecordedAction } from './audit-actions.ts';

export type AuditEntry = {
  actor: { type: ActorType; id?: string };
  action: RecordedAction;
  target?: { type: AuditTargetType; id: string };
  data?: Prisma.InputJsonValue;
};

/** Appends to the audit log, in the transaction of the change it describes. */
export const recordAudit = async (tx: Tx, entry: AuditEntry): Promise<void> => {
  await tx.auditLog.create({
    data: {
      actorType: entry.actor.type,
      actorId: entry.actor.id,
      action: entry.action,
      targetType: entry.target?.type,
      targetId: entry.target?.id,
      data: entry.data,
    },
  });
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What an edit changed, for its entry's `data`: the fields of `after` whose value differs from
 * `before`'s, each side as JSON (dates as ISO strings), so the log shows "field: before → after".
 */
export const editOf = (
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Prisma.InputJsonObject; after: Prisma.InputJsonObject } => {
  const json = (value: object) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  const [old, now] = [json(before), json(after)];
  const fields = Object.keys(now).filter((field) => !same(old[field] ?? null, now[field] ?? null));
  const side = (values: Record<string, unknown>) =>
    Object.fromEntries(
      fields.map((field) => [field, values[field] ?? null]),
    ) as Prisma.InputJsonObject;
  return { before: side(old), after: side(now) };
};
