import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findStaffCredentials, getStaffMember } from './index.ts';

let t: TestDatabase;
let activeId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  const active = await t.db.staffUser.create({
    data: { email: 'sam@example.com', name: 'Sam', passwordHash: 'hash-of-sam', role: 'SUPPORT' },
  });
  activeId = active.id;
  await t.db.staffUser.create({
    data: {
      email: 'gone@example.com',
      name: 'Gone',
      passwordHash: 'hash-of-gone',
      role: 'OWNER',
      disabledAt: new Date(),
    },
  });
});
afterAll(() => t.drop());

describe('staff members', () => {
  it('finds the password hash by email, whatever its case', async () => {
    await expect(findStaffCredentials(t.db, ' SAM@example.com ')).resolves.toMatchObject({
      id: activeId,
      role: 'SUPPORT',
      passwordHash: 'hash-of-sam',
    });
    await expect(findStaffCredentials(t.db, 'nobody@example.com')).resolves.toBeNull();
  });

  it('treats a disabled member as unknown', async () => {
    await expect(findStaffCredentials(t.db, 'gone@example.com')).resolves.toBeNull();
  });

  it('reads a member without their password hash', async () => {
    const member = await getStaffMember(t.db, activeId);
    expect(member).toEqual({
      id: activeId,
      email: 'sam@example.com',
      name: 'Sam',
      role: 'SUPPORT',
      locale: 'en',
    });
  });
});
