import { hashPassword } from '@fidele/auth/password';
import { makeStaffUser } from '@fidele/core/testing';
import { describe, expect, it, vi } from 'vitest';
import { rejection, setUpStaffCallers } from '../testing/staff-callers.ts';

const bed = setUpStaffCallers();
const { anonymous, asMember, sent } = bed;
const rateLimited = { code: 'TOO_MANY_REQUESTS', cause: { code: 'rate_limited' } };

describe('staff password limits', () => {
  it('mails at most 5 reset links per email an hour, counted whether or not it is on the staff', async () => {
    for (const email of ['support@example.com', 'not-staff@example.com']) {
      for (let i = 0; i < 5; i++)
        await anonymous(`203.0.113.${i}`).passwords.requestReset({ email });
      await expect(
        anonymous('203.0.113.9').passwords.requestReset({ email }),
      ).rejects.toMatchObject(rateLimited);
    }
    await vi.waitFor(() =>
      expect(sent.filter((m) => m.to === 'support@example.com')).toHaveLength(5),
    );
  });

  it('takes at most 20 reset requests and 20 link uses an hour from one address', async () => {
    const caller = anonymous('198.51.100.60');
    for (let i = 0; i < 20; i++)
      await caller.passwords.requestReset({ email: `many-${i}@example.com` });
    await expect(
      caller.passwords.requestReset({ email: 'many-20@example.com' }),
    ).rejects.toMatchObject(rateLimited);

    const guess = { token: 'x'.repeat(43), password: 'a-new-password' };
    for (let i = 0; i < 20; i++)
      expect((await rejection(caller.passwords.setWithLink(guess))).cause?.code).toBe(
        'password_link_invalid',
      );
    await expect(caller.passwords.setWithLink(guess)).rejects.toMatchObject(rateLimited);
  });

  it('refuses a change after 5 wrong current passwords, and more than 50 from one address', async () => {
    const wrong = { currentPassword: 'not-it', newPassword: 'a-new-password' };
    const member = await makeStaffUser(bed.db, {
      role: 'SUPPORT',
      passwordHash: await hashPassword('the-password'),
    });
    const me = asMember({ id: member.id, role: 'SUPPORT' }, '198.51.100.70');
    for (let i = 0; i < 5; i++)
      expect((await rejection(me.passwords.change(wrong))).cause?.code).toBe('wrong_password');
    await expect(
      me.passwords.change({ currentPassword: 'the-password', newPassword: 'a-new-password' }),
    ).rejects.toMatchObject(rateLimited);

    for (let account = 0; account < 9; account++) {
      const other = await makeStaffUser(bed.db, { role: 'MARKETING' });
      const caller = asMember({ id: other.id, role: 'MARKETING' }, '198.51.100.70');
      for (let i = 0; i < 5; i++) await rejection(caller.passwords.change(wrong));
    }
    const last = await makeStaffUser(bed.db, { role: 'MARKETING' });
    await expect(
      asMember({ id: last.id, role: 'MARKETING' }, '198.51.100.70').passwords.change(wrong),
    ).rejects.toMatchObject(rateLimited);
  });
});
