import type { ActorType, Prisma, Tx } from '@fidele/db';

export type AuditEntry = {
  actor: { type: ActorType; id?: string };
  action: string;
  target?: { type: string; id: string };
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
