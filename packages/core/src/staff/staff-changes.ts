import { type Db, isUniqueViolation, type StaffRole, type Tx } from '@fidele/db';
import { recordAudit } from '../audit/index.ts';
import { AppError } from '../errors.ts';
import { createPasswordLink, type PasswordLink } from '../passwords/index.ts';
import { revokeSessions } from '../sessions/index.ts';
import {
  staffNotFound,
  staffSelect,
  type StaffListItem,
  toStaffListItem,
} from './staff-directory.ts';
import { checkStaffChange, type StaffChange } from './staff-rules.ts';

export type StaffInvitation = {
  email: string;
  name: string;
  role: StaffRole;
  /** For a STORE_MANAGER: the shops they work in. */
  shopIds: string[];
  locale: string;
};

const shopsOf = (role: StaffRole, shopIds: string[]) => (role === 'STORE_MANAGER' ? shopIds : []);

const checkShopsExist = async (tx: Tx, shopIds: string[]) => {
  const found = await tx.shop.count({ where: { id: { in: shopIds } } });
  if (found !== new Set(shopIds).size)
    throw new AppError('shop_not_found', 'One of the chosen shops does not exist.');
};

/**
 * Locks the active owners, then reads the member to change: two owners demoting each other at
 * the same moment are serialised, so the last owner check sees the other's change.
 */
const lockForChange = async (tx: Tx, staffId: string) => {
  const owners = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "StaffUser" WHERE role = 'OWNER' AND "disabledAt" IS NULL FOR UPDATE`;
  const target = await tx.staffUser.findUnique({ where: { id: staffId }, select: staffSelect });
  if (!target) throw staffNotFound();
  return { activeOwners: owners.length, target };
};

const checkChange = async (tx: Tx, actorId: string, staffId: string, change: StaffChange) => {
  const { activeOwners, target } = await lockForChange(tx, staffId);
  checkStaffChange({
    actorId,
    target: { id: target.id, role: target.role, disabled: target.disabledAt !== null },
    change,
    activeOwners,
  });
  return target;
};

/**
 * The OWNER invites someone: the member exists at once (without a password, so they cannot sign
 * in) and the returned link, to email them, lets them choose their password.
 */
export const inviteStaff = async (
  db: Db,
  input: StaffInvitation,
  by: { staffId: string },
  now = new Date(),
): Promise<{ member: StaffListItem; link: PasswordLink }> => {
  try {
    return await db.$transaction(async (tx) => {
      const shopIds = shopsOf(input.role, input.shopIds);
      await checkShopsExist(tx, shopIds);
      const row = await tx.staffUser.create({
        data: {
          email: input.email.trim().toLowerCase(),
          name: input.name,
          role: input.role,
          locale: input.locale,
          shops: { connect: shopIds.map((id) => ({ id })) },
        },
        select: staffSelect,
      });
      const link = await createPasswordLink(tx, { staffId: row.id }, 'INVITATION', now);
      await recordAudit(tx, {
        actor: { type: 'STAFF', id: by.staffId },
        action: 'staff.invite',
        target: { type: 'staff', id: row.id },
        data: { email: row.email, role: row.role, shopIds },
      });
      return {
        member: toStaffListItem(row),
        link: { ...link, to: { email: row.email, name: row.name, locale: row.locale } },
      };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('staff_exists');
    throw error;
  }
};

/** A new invitation link for a member who has not chosen a password yet; the old one dies. */
export const resendStaffInvitation = async (
  db: Db,
  staffId: string,
  by: { staffId: string },
  now = new Date(),
): Promise<PasswordLink> =>
  db.$transaction(async (tx) => {
    const row = await tx.staffUser.findUnique({ where: { id: staffId }, select: staffSelect });
    if (!row) throw staffNotFound();
    if (toStaffListItem(row).status !== 'INVITED') throw new AppError('staff_not_invited');
    const link = await createPasswordLink(tx, { staffId }, 'INVITATION', now);
    await recordAudit(tx, {
      actor: { type: 'STAFF', id: by.staffId },
      action: 'staff.invitation_resend',
      target: { type: 'staff', id: staffId },
    });
    return { ...link, to: { email: row.email, name: row.name, locale: row.locale } };
  });

/**
 * Changes a member's role and, for a STORE_MANAGER, their shops. It takes effect at the member's
 * next request: sessions read the role from the database.
 */
export const updateStaffAccess = async (
  db: Db,
  input: { staffId: string; role: StaffRole; shopIds: string[] },
  by: { staffId: string },
): Promise<StaffListItem> =>
  db.$transaction(async (tx) => {
    const before = await checkChange(tx, by.staffId, input.staffId, { role: input.role });
    const shopIds = shopsOf(input.role, input.shopIds);
    await checkShopsExist(tx, shopIds);
    const row = await tx.staffUser.update({
      where: { id: input.staffId },
      data: { role: input.role, shops: { set: shopIds.map((id) => ({ id })) } },
      select: staffSelect,
    });
    await recordAudit(tx, {
      actor: { type: 'STAFF', id: by.staffId },
      action: 'staff.update',
      target: { type: 'staff', id: input.staffId },
      data: {
        from: { role: before.role, shopIds: before.shops.map((s) => s.id) },
        to: { role: row.role, shopIds },
      },
    });
    return toStaffListItem(row);
  });

/**
 * Disables a member (every session of theirs ends and their pending links die) or enables them
 * again (they sign in anew).
 */
export const setStaffDisabled = async (
  db: Db,
  input: { staffId: string; disabled: boolean },
  by: { staffId: string },
  now = new Date(),
): Promise<StaffListItem> =>
  db.$transaction(async (tx) => {
    const before = await checkChange(tx, by.staffId, input.staffId, { disabled: input.disabled });
    if ((before.disabledAt !== null) === input.disabled) return toStaffListItem(before);
    const row = await tx.staffUser.update({
      where: { id: input.staffId },
      data: { disabledAt: input.disabled ? now : null },
      select: staffSelect,
    });
    if (input.disabled) {
      await revokeSessions(tx, { staffId: input.staffId });
      await tx.passwordToken.deleteMany({ where: { staffId: input.staffId } });
    }
    await recordAudit(tx, {
      actor: { type: 'STAFF', id: by.staffId },
      action: input.disabled ? 'staff.disable' : 'staff.enable',
      target: { type: 'staff', id: input.staffId },
    });
    return toStaffListItem(row);
  });
