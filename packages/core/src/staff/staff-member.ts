import type { Db, StaffRole } from '@fidele/db';
import { AppError } from '../errors.ts';

export type StaffMember = {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  locale: string;
};

/** `passwordHash` is null while an invitation is not accepted: no password matches it. */
export type StaffCredentials = StaffMember & { passwordHash: string | null };

const staffMemberSelect = { id: true, email: true, name: true, role: true, locale: true } as const;

export const getStaffMember = async (db: Db, id: string): Promise<StaffMember> => {
  const member = await db.staffUser.findUnique({
    where: { id, disabledAt: null },
    select: staffMemberSelect,
  });
  if (!member) throw new AppError('staff_not_found');
  return member;
};

/**
 * What signing in checks a password against. Disabled staff are not found, so they cannot sign
 * in and cannot be told apart from unknown emails.
 */
export const findStaffCredentials = async (
  db: Db,
  email: string,
): Promise<StaffCredentials | null> =>
  db.staffUser.findFirst({
    where: { email: { equals: email.trim(), mode: 'insensitive' }, disabledAt: null },
    select: { ...staffMemberSelect, passwordHash: true },
  });
