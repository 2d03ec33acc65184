import { randomUUID } from 'node:crypto';
import { RATE_LIMITS } from '@fidele/core/rate-limits';
import { closeSession, openSession, staffOfSession } from '@fidele/core/sessions';
import { findStaffCredentials } from '@fidele/core/staff';
import { type Db, StaffRole } from '@fidele/db';
import type { User } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { createAuth } from './create-auth.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { limitPasswordSignIn } from './sign-in-limits.ts';

export type StaffAuthSetup = {
  db: Db;
  secret: string;
  /** The admin's public URL. */
  url: string;
};

/**
 * The signed-in staff member, as every admin page and procedure sees them: role and name are read
 * from the database at each request; `sessionId` names this browser's session.
 */
export type StaffSession = { id: string; role: StaffRole; name: string; sessionId: string };

export const STAFF_PASSWORD_PROVIDER = 'credentials';

/** Back-office sessions are shorter than the portal's: staff can move every balance. */
const STAFF_SESSION_MAX_AGE = 12 * 60 * 60;

const credentials = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(200),
});

const staffRoles = new Set<string>(Object.values(StaffRole));
const isStaffRole = (value: unknown): value is StaffRole =>
  typeof value === 'string' && staffRoles.has(value);

// Unknown emails are checked against the hash of a random password, so that answer takes as long
// as a wrong password. Made once per process, on first use.
let decoyHash: Promise<string> | undefined;
const timingDecoy = () => (decoyHash ??= hashPassword(randomUUID()));

type StaffUser = User & { role: StaffRole };

const signInStaff = async (db: Db, input: unknown): Promise<StaffUser | null> => {
  const parsed = credentials.safeParse(input);
  if (!parsed.success) return null;
  // Disabled staff are not found, so they are refused like unknown emails.
  const staff = await findStaffCredentials(db, parsed.data.email);
  const valid = await verifyPassword(
    staff?.passwordHash ?? (await timingDecoy()),
    parsed.data.password,
  );
  if (!staff || !valid) return null;
  return { id: staff.id, email: staff.email, name: staff.name, role: staff.role };
};

/**
 * next-auth for the admin: email + password for staff, in cookies prefixed `fidele-admin`, each
 * naming a session row. `currentStaff()` is the signed-in staff member or null.
 */
export const createStaffAuth = (setup: () => StaffAuthSetup) => {
  const auth = createAuth({
    app: 'admin',
    actor: 'staff',
    pages: { signIn: '/sign-in' },
    setup: () => {
      const { db, secret, url } = setup();
      return {
        secret,
        url,
        maxAge: STAFF_SESSION_MAX_AGE,
        providers: [
          Credentials({
            id: STAFF_PASSWORD_PROVIDER,
            credentials: { email: {}, password: {} },
            authorize: (input, request) =>
              limitPasswordSignIn(db, RATE_LIMITS.staffSignInPerAccount, input, request, () =>
                signInStaff(db, input),
              ),
          }),
        ],
        // One read by primary key per request: a role change, a disabled member or a closed
        // session shows at the next request, not when the cookie expires.
        sessions: {
          open: (staffId, expiresAt) => openSession(db, { staffId }, expiresAt),
          read: async (sessionId, staffId) => {
            const staff = await staffOfSession(db, sessionId);
            return staff?.id === staffId ? { role: staff.role, name: staff.name } : null;
          },
          close: (sessionId) => closeSession(db, sessionId),
        },
      };
    },
  });

  const currentStaff = async (): Promise<StaffSession | null> => {
    const session = await auth.auth();
    const role = session?.claims.role;
    if (session?.actor !== 'staff' || !session.user.id || !isStaffRole(role)) return null;
    return {
      id: session.user.id,
      role,
      name: session.claims.name ?? '',
      sessionId: session.sessionId,
    };
  };

  return { ...auth, currentStaff };
};

export type StaffAuth = ReturnType<typeof createStaffAuth>;
