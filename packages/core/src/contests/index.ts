export {
  contestNotFound,
  createContest,
  getContestForStaff,
  listContestsForStaff,
  setContestArchived,
  updateContest,
} from './contest-admin.ts';
export type { ContestData, ContestEntryCounts, ContestListRow } from './contest-admin.ts';
export {
  CONTEST_ENTRY_SOURCE,
  listContestEntries,
  listMyContestEntries,
  moderateContestEntries,
  submitContestEntry,
} from './contest-entries.ts';
export type {
  ContestEntrySubmission,
  ContestModeration,
  MyContestEntry,
} from './contest-entries.ts';
export {
  contestIdOfSlug,
  getContestDraw,
  getContestDrawList,
  getContestPage,
  getPublicContest,
  listMemberContests,
} from './public-contest.ts';
export type {
  ContestPage,
  MemberContest,
  PublicContest,
  PublicContestDraw,
} from './public-contest.ts';
export {
  CONTEST_PRIZE_SOURCE,
  disqualifyContestWinner,
  drawContestWinners,
  freezeContestDraw,
} from './contest-draw-admin.ts';
export type { ScheduleStatus as ContestStatus } from '../calendar/schedule-status.ts';
export { decideEntryClaim } from './entrant-link.ts';
export type { EntryClaimDecision } from './entrant-link.ts';
export { importContestEntries } from './entry-import.ts';
export type { EntryToImport, ImportCount } from './entry-import.ts';
export { getContestAttribution } from './contest-attribution.ts';
export type { ChannelSales, ContestAttribution, StoreVisits } from './contest-attribution.ts';
