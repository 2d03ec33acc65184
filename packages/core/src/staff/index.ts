export {
  inviteStaff,
  resendStaffInvitation,
  setStaffDisabled,
  updateStaffAccess,
} from './staff-changes.ts';
export type { StaffInvitation } from './staff-changes.ts';
export { getStaffListItem, listStaff } from './staff-directory.ts';
export type { StaffListItem, StaffStatus } from './staff-directory.ts';
export { findStaffCredentials, getStaffMember } from './staff-member.ts';
export type { StaffCredentials, StaffMember } from './staff-member.ts';
export { checkStaffChange } from './staff-rules.ts';
export type { StaffChange, StaffStanding } from './staff-rules.ts';
