export { findStaffCredentials, getStaffMember } from './staff-member.ts';
export type { StaffCredentials, StaffMember } from './staff-member.ts';
