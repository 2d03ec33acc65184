import type { Db, StaffRole } from '@fidele/db';
import { AppError } from '../errors.ts';

/** Whether a member can sign in: invited members have not chosen a password yet. */
export type StaffStatus = 'ACTIVE' | 'INVITED' | 'DISABLED';

export type StaffListItem = {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  locale: string;
  status: StaffStatus;
  /** The shops a STORE_MANAGER works in (none for the other roles). */
  shops: { id: string; name: string }[];
  createdAt: Date;
};

export const staffSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  locale: true,
  disabledAt: true,
  passwordHash: true,
  createdAt: true,
  shops: { select: { id: true, name: true }, orderBy: { name: 'asc' } },
} as const;

type StaffRow = {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  locale: string;
  disabledAt: Date | null;
  passwordHash: string | null;
  createdAt: Date;
  shops: { id: string; name: string }[];
};

export const toStaffListItem = ({ disabledAt, passwordHash, ...row }: StaffRow): StaffListItem => ({
  ...row,
  status: disabledAt ? 'DISABLED' : passwordHash === null ? 'INVITED' : 'ACTIVE',
});

export const staffNotFound = () => new AppError('staff_not_found');

/** Every staff member, active ones first, then by name. */
export const listStaff = async (db: Db): Promise<StaffListItem[]> => {
  const rows = await db.staffUser.findMany({
    select: staffSelect,
    orderBy: [{ disabledAt: { sort: 'asc', nulls: 'first' } }, { name: 'asc' }],
  });
  return rows.map(toStaffListItem);
};

/** One staff member, whatever their status. */
export const getStaffListItem = async (db: Db, id: string): Promise<StaffListItem> => {
  const row = await db.staffUser.findUnique({ where: { id }, select: staffSelect });
  if (!row) throw staffNotFound();
  return toStaffListItem(row);
};
