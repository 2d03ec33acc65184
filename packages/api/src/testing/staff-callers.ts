import { makeStaffUser } from '@fidele/core/testing';
import type { Email } from '@fidele/messaging';
import type { Db, StaffRole } from '@fidele/db';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, expect } from 'vitest';
import { staffRouter } from '../staff/index.ts';
import { createCallerFactory } from '../trpc.ts';

const createCaller = createCallerFactory(staffRouter);

/**
 * For a test file of staff procedures: a fresh database with one staff member per role
 * (`owner@example.com`, …), and a tRPC caller acting as each. Registers its own beforeAll and
 * afterAll, so call it at the top of the file.
 */
export const setUpStaffCallers = () => {
  let t: TestDatabase;
  const staff = {} as Record<StaffRole, string>;
  /** Every email the procedures sent, oldest first. */
  const sent: Email[] = [];
  const mail = {
    mailer: { send: async (email: Email) => void sent.push(email) },
    appUrl: 'http://admin.test',
  };
  const messageLinks = { portalUrl: 'http://portal.test' };
  beforeAll(async () => {
    t = await createTestDatabase();
    for (const role of ['OWNER', 'MARKETING', 'STORE_MANAGER', 'SUPPORT'] as const)
      staff[role] = (
        await makeStaffUser(t.db, { role, name: role, email: `${role.toLowerCase()}@example.com` })
      ).id;
  });
  afterAll(() => t.drop());
  return {
    get db(): Db {
      return t.db;
    },
    staff,
    sent,
    as: (role: StaffRole) =>
      createCaller({
        db: t.db,
        staff: { id: staff[role], role },
        response: {},
        mail,
        messageLinks,
      }),
    /** A caller for any staff member, e.g. one an OWNER invited, from `clientAddress`. */
    asMember: (
      member: { id: string; role: StaffRole; sessionId?: string },
      clientAddress?: string,
    ) => createCaller({ db: t.db, staff: member, response: {}, mail, clientAddress }),
    anonymous: (clientAddress?: string) =>
      createCaller({ db: t.db, response: {}, mail, clientAddress }),
  };
};

/** The TRPCError a call fails with (the test fails if it succeeds). */
export const rejection = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError & { cause?: { code?: string } };
};
