import {
  countSegment,
  createSegment,
  getSegment,
  listSegmentMembers,
  listSegments,
  setSegmentArchived,
  updateSegment,
} from '@fidele/core/segments';
import {
  segmentIdInput,
  segmentInput,
  segmentPreviewInput,
  segmentUpdateInput,
} from '@fidele/validators';
import { z } from 'zod';
import { router, staffProcedure } from '../trpc.ts';

const reader = staffProcedure('customers:read');
const manager = staffProcedure('programme:manage');

/** How many members a sample shows while editing. */
const SAMPLE_SIZE = 10;

export const segmentsRouter = router({
  list: reader
    .input(z.object({ includeArchived: z.boolean().default(false) }))
    .query(({ ctx, input }) => listSegments(ctx.db, input)),
  get: reader.input(segmentIdInput).query(({ ctx, input }) => getSegment(ctx.db, input.segmentId)),
  /** The live count and a sample of the members of rules being edited (not saved). */
  preview: reader.input(segmentPreviewInput).query(async ({ ctx, input }) => ({
    count: await countSegment(ctx.db, input.rule),
    sample: await listSegmentMembers(ctx.db, input.rule, { take: SAMPLE_SIZE }),
  })),
  create: manager
    .input(segmentInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) => createSegment(tx, { data: input, staffUserId: ctx.staff.id })),
    ),
  update: manager
    .input(segmentUpdateInput)
    .mutation(({ ctx, input: { segmentId, ...data } }) =>
      ctx.db.$transaction((tx) =>
        updateSegment(tx, { id: segmentId, data, staffUserId: ctx.staff.id }),
      ),
    ),
  setArchived: manager
    .input(segmentIdInput.extend({ archived: z.boolean() }))
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction((tx) =>
        setSegmentArchived(tx, {
          id: input.segmentId,
          archived: input.archived,
          staffUserId: ctx.staff.id,
        }),
      ),
    ),
});
