import { saveFailure, saveFailureKey } from '@/components/save-failure.ts';

/** The draw's refusals (freezing, drawing, disqualifying): keys under `contests.draw`. */
const DRAW_REFUSALS = {
  contest_draw_frozen: 'failures.frozen',
  contest_draw_no_entries: 'failures.noEntries',
  contest_not_open: 'failures.notOpen',
  contest_draw_not_frozen: 'failures.notFrozen',
  contest_already_drawn: 'failures.alreadyDrawn',
  contest_winner_not_found: 'failures.winnerNotFound',
  contest_not_found: 'failures.notFound',
};

/** An import's refusals: keys under `contests.import`. */
const IMPORT_REFUSALS = {
  // The file has bad rows: the preview lists them (the server's message is English only).
  invalid_request: 'failures.badRows',
  rate_limited: 'failures.rateLimited',
  contest_draw_frozen: 'failures.frozen',
  contest_not_found: 'failures.notFound',
};

const refusalKey = (error: unknown, byAppCode: Record<string, string>) => {
  const failure = saveFailure(error);
  return failure && saveFailureKey(failure, byAppCode);
};

/** The message key of a refused step of the draw, in words; undefined when nothing failed. */
export const drawRefusal = (error: unknown) => refusalKey(error, DRAW_REFUSALS);

/** The message key of a refused check or import of entries; undefined when nothing failed. */
export const importRefusal = (error: unknown) => refusalKey(error, IMPORT_REFUSALS);
