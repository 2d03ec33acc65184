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
  getMemberContest,
  getPublicContest,
  listMemberContests,
} from './public-contest.ts';
export type { MemberContest, PublicContest } from './public-contest.ts';
export type { ScheduleStatus as ContestStatus } from '../calendar/schedule-status.ts';
