import type { Db, Prisma, Tx } from '@fidele/db';
import { editOf, type RecordedAction, recordAudit } from '../audit/index.ts';
import { AppError } from '../errors.ts';
import type { SegmentRule } from './rule.ts';

export type SegmentData = { name: string; description: string; rule: SegmentRule };

export type SegmentView = SegmentData & {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
};

const fields = {
  id: true,
  name: true,
  description: true,
  rule: true,
  createdAt: true,
  updatedAt: true,
  archivedAt: true,
} as const;

const segmentNotFound = () => new AppError('segment_not_found');

// Dates in a rule (signup after/before) are stored as ISO strings and revived on read.
const toJson = (rule: SegmentRule) => JSON.parse(JSON.stringify(rule)) as Prisma.InputJsonValue;
const reviveDates = (_: string, value: unknown) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : value;
/** A segment's rule as stored (a json column), ready to compile. */
export const segmentRuleOf = (stored: unknown): SegmentRule =>
  JSON.parse(JSON.stringify(stored), reviveDates) as SegmentRule;
const toView = (row: Prisma.SegmentGetPayload<{ select: typeof fields }>): SegmentView => ({
  ...row,
  rule: segmentRuleOf(row.rule),
});

export const listSegments = async (db: Db | Tx, input: { includeArchived: boolean }) =>
  (
    await db.segment.findMany({
      where: input.includeArchived ? {} : { archivedAt: null },
      orderBy: [{ archivedAt: { sort: 'desc', nulls: 'first' } }, { name: 'asc' }],
      select: fields,
    })
  ).map(toView);

/** The rules of the given segments (those that exist), for checking who belongs to them. */
export const getSegmentRules = async (db: Db | Tx, ids: string[]) =>
  (await db.segment.findMany({ where: { id: { in: ids } }, select: fields })).map((row) => {
    const { id, rule } = toView(row);
    return { id, rule };
  });

export const getSegment = async (db: Db | Tx, id: string): Promise<SegmentView> => {
  const segment = await db.segment.findUnique({ where: { id }, select: fields });
  if (!segment) throw segmentNotFound();
  return toView(segment);
};

export const createSegment = async (
  tx: Tx,
  input: { data: SegmentData; staffUserId: string },
): Promise<SegmentView> => {
  const segment = await tx.segment.create({
    data: { ...input.data, rule: toJson(input.data.rule) },
    select: fields,
  });
  await audit(tx, 'segment.create', segment.id, input.staffUserId, {
    name: input.data.name,
    rule: toJson(input.data.rule),
  });
  return toView(segment);
};

export const updateSegment = async (
  tx: Tx,
  input: { id: string; data: SegmentData; staffUserId: string },
): Promise<SegmentView> => {
  const before = await getSegment(tx, input.id);
  const segment = await tx.segment.update({
    where: { id: input.id },
    data: { ...input.data, rule: toJson(input.data.rule) },
    select: fields,
  });
  await audit(tx, 'segment.update', segment.id, input.staffUserId, editOf(before, input.data));
  return toView(segment);
};

export const setSegmentArchived = async (
  tx: Tx,
  input: { id: string; archived: boolean; staffUserId: string },
) => {
  const updated = await tx.segment.updateMany({
    where: { id: input.id },
    data: { archivedAt: input.archived ? new Date() : null },
  });
  if (!updated.count) throw segmentNotFound();
  await audit(
    tx,
    input.archived ? 'segment.archive' : 'segment.restore',
    input.id,
    input.staffUserId,
  );
  return { id: input.id };
};

const audit = (
  tx: Tx,
  action: RecordedAction,
  id: string,
  staffUserId: string,
  data?: Prisma.InputJsonValue,
) =>
  recordAudit(tx, {
    actor: { type: 'STAFF', id: staffUserId },
    action,
    target: { type: 'segment', id },
    ...(data ? { data } : {}),
  });
