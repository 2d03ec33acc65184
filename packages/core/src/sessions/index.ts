export {
  closeSession,
  customerOfSession,
  openSession,
  revokeSessions,
  staffOfSession,
} from './auth-session.ts';
export type { SessionOwner, StaffOfSession } from './auth-session.ts';
