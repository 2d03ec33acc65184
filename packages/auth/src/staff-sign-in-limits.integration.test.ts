import { makeStaffUser } from '@fidele/core/testing';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from './password.ts';
import { createStaffAuth } from './staff-auth.ts';
import { passwordAttempt, TEST_SECRET } from './testing/auth-form.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const admin = () => ({
  url: 'http://127.0.0.1:3001',
  handlers: createStaffAuth(() => ({ db: t.db, secret: TEST_SECRET, url: 'http://127.0.0.1:3001' }))
    .handlers,
});

describe('admin password sign-in under brute force', () => {
  it('stops an admin account after 5 attempts', async () => {
    const { email } = await makeStaffUser(t.db, {
      role: 'OWNER',
      passwordHash: await hashPassword('right-password'),
    });
    const app = admin();
    for (let i = 0; i < 5; i++)
      expect((await passwordAttempt(app, { email, password: 'wrong' }, `10.1.0.${i}`)).code).toBe(
        'credentials',
      );
    expect(
      (await passwordAttempt(app, { email, password: 'right-password' }, '10.1.0.9')).code,
    ).toBe('rate_limited');
  });
});
