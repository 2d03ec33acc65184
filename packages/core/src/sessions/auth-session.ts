import type { Db, StaffRole, Tx } from '@fidele/db';

/** Whose session: a staff member of the admin or a customer of the portal. */
export type SessionOwner = { staffId: string } | { customerId: string };

/** A staff member as a live session shows them: read at each request, never from the cookie. */
export type StaffOfSession = { id: string; role: StaffRole; name: string };

const ownerWhere = (owner: SessionOwner) =>
  'staffId' in owner ? { staffId: owner.staffId } : { customerId: owner.customerId };

/**
 * Opens the session a new cookie will name, at sign-in. The owner's expired sessions go at the
 * same time, so the table holds about one row per signed-in browser.
 */
export const openSession = async (
  db: Db,
  owner: SessionOwner,
  expiresAt: Date,
  now = new Date(),
): Promise<string> => {
  const [, session] = await db.$transaction([
    db.authSession.deleteMany({ where: { ...ownerWhere(owner), expiresAt: { lte: now } } }),
    db.authSession.create({ data: { ...ownerWhere(owner), expiresAt }, select: { id: true } }),
  ]);
  return session.id;
};

/** Signs one browser out: its cookie stops working at its next request. */
export const closeSession = async (db: Db, sessionId: string): Promise<void> => {
  await db.authSession.deleteMany({ where: { id: sessionId } });
};

/** Signs the owner out everywhere, but for the browser of `except` when given. */
export const revokeSessions = async (
  tx: Tx,
  owner: SessionOwner,
  options: { except?: string } = {},
): Promise<void> => {
  await tx.authSession.deleteMany({
    where: { ...ownerWhere(owner), ...(options.except ? { id: { not: options.except } } : {}) },
  });
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The staff member of a live session, with their role as the database has it now: one read by
 * primary key (joined to the staff row). Null when the session was closed or expired, or the
 * member is disabled.
 */
export const staffOfSession = async (
  db: Db,
  sessionId: string,
  now = new Date(),
): Promise<StaffOfSession | null> => {
  if (!UUID.test(sessionId)) return null;
  const session = await db.authSession.findUnique({
    where: { id: sessionId },
    select: {
      expiresAt: true,
      staff: { select: { id: true, role: true, name: true, disabledAt: true } },
    },
  });
  const staff = session?.staff;
  if (!staff || staff.disabledAt || session.expiresAt <= now) return null;
  return { id: staff.id, role: staff.role, name: staff.name };
};

/** The customer of a live session, or null when it was closed or expired. */
export const customerOfSession = async (
  db: Db,
  sessionId: string,
  now = new Date(),
): Promise<string | null> => {
  if (!UUID.test(sessionId)) return null;
  const session = await db.authSession.findUnique({
    where: { id: sessionId },
    select: { expiresAt: true, customerId: true },
  });
  return session?.customerId && session.expiresAt > now ? session.customerId : null;
};
