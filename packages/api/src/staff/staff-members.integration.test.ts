import { openSession, staffOfSession } from '@fidele/core/sessions';
import { makeShop, makeStaffUser } from '@fidele/core/testing';
import { describe, expect, it } from 'vitest';
import { rejection, setUpStaffCallers } from '../testing/staff-callers.ts';

const bed = setUpStaffCallers();
const { as, staff, sent } = bed;
const later = () => new Date(Date.now() + 60 * 60 * 1000);
const tokenIn = (text: string) => /token=([\w-]+)/.exec(text)?.[1] ?? '';

describe('staff management', () => {
  it('keeps it to the OWNER', async () => {
    for (const role of ['MARKETING', 'STORE_MANAGER', 'SUPPORT'] as const)
      expect((await rejection(as(role).staff.list())).code).toBe('FORBIDDEN');
  });

  it('invites by email: the link sets the member’s password, once', async () => {
    const shop = await makeShop(bed.db, { kind: 'STORE' });
    const { member, emailed } = await as('OWNER').staff.invite({
      email: 'Nina@Example.com',
      name: 'Nina',
      role: 'STORE_MANAGER',
      shopIds: [shop.id],
      locale: 'fr',
    });
    expect(emailed).toBe(true);
    expect(member).toMatchObject({ email: 'nina@example.com', status: 'INVITED' });
    expect(member.shops).toEqual([{ id: shop.id, name: expect.any(String) }]);
    const email = sent.at(-1)!;
    expect(email).toMatchObject({ to: 'nina@example.com' });
    expect(email.subject).toContain('Fidèle');
    expect(email.text).toContain('http://admin.test/set-password?token=');
    const token = tokenIn(email.text);
    // Only the hash is stored.
    expect(JSON.stringify(await bed.db.passwordToken.findMany())).not.toContain(token);

    const anonymous = bed.anonymous();
    await expect(anonymous.passwords.checkLink({ token })).resolves.toEqual({
      purpose: 'INVITATION',
      email: 'nina@example.com',
    });
    await anonymous.passwords.setWithLink({ token, password: 'a-new-password' });
    const again = await rejection(
      anonymous.passwords.setWithLink({ token, password: 'another-one' }),
    );
    expect(again.cause?.code).toBe('password_link_invalid');
    await expect(anonymous.passwords.checkLink({ token })).resolves.toBeNull();
    expect((await as('OWNER').staff.get({ staffId: member.id })).status).toBe('ACTIVE');

    const audit = await as('OWNER').audit.list({ target: { type: 'staff', id: member.id } });
    expect(audit.items.map((e) => e.action)).toEqual(['staff.invitation_accept', 'staff.invite']);
    expect(audit.items[1]?.target?.name).toBe('Nina');
  });

  it('refuses an email already on the staff, and a store manager without shops', async () => {
    const taken = await rejection(
      as('OWNER').staff.invite({
        email: 'support@example.com',
        name: 'Again',
        role: 'SUPPORT',
        shopIds: [],
        locale: 'en',
      }),
    );
    expect(taken.cause?.code).toBe('staff_exists');
    const noShop = await rejection(
      as('OWNER').staff.invite({
        email: 'x@example.com',
        name: 'X',
        role: 'STORE_MANAGER',
        shopIds: [],
        locale: 'en',
      }),
    );
    expect(noShop.code).toBe('BAD_REQUEST');
    expect(await bed.db.staffUser.count({ where: { email: 'x@example.com' } })).toBe(0);
  });

  it('changes a role at the member’s next request, audited', async () => {
    const other = await makeStaffUser(bed.db, { role: 'OWNER', name: 'Oscar' });
    const session = await openSession(bed.db, { staffId: other.id }, later());
    await as('OWNER').staff.updateAccess({ staffId: other.id, role: 'SUPPORT', shopIds: [] });
    await expect(staffOfSession(bed.db, session)).resolves.toMatchObject({ role: 'SUPPORT' });
    const audit = await as('OWNER').audit.list({ target: { type: 'staff', id: other.id } });
    expect(audit.items[0]).toMatchObject({
      action: 'staff.update',
      data: { from: { role: 'OWNER' }, to: { role: 'SUPPORT' } },
    });
  });

  it('disables a member: their sessions end at once; re-enabled, they sign in anew', async () => {
    const member = await makeStaffUser(bed.db, { role: 'MARKETING' });
    const session = await openSession(bed.db, { staffId: member.id }, later());
    await as('OWNER').staff.setDisabled({ staffId: member.id, disabled: true });
    await expect(staffOfSession(bed.db, session)).resolves.toBeNull();
    expect((await as('OWNER').staff.get({ staffId: member.id })).status).toBe('DISABLED');
    await as('OWNER').staff.setDisabled({ staffId: member.id, disabled: false });
    await expect(staffOfSession(bed.db, session)).resolves.toBeNull();
    const audit = await as('OWNER').audit.list({ target: { type: 'staff', id: member.id } });
    expect(audit.items.map((e) => e.action)).toEqual(['staff.enable', 'staff.disable']);
  });

  it('keeps the OWNER from demoting or disabling themselves, and the last owner an owner', async () => {
    const self = await rejection(
      as('OWNER').staff.updateAccess({ staffId: staff.OWNER, role: 'SUPPORT', shopIds: [] }),
    );
    expect(self.cause?.code).toBe('staff_self_change');
    const disable = await rejection(
      as('OWNER').staff.setDisabled({ staffId: staff.OWNER, disabled: true }),
    );
    expect(disable.cause?.code).toBe('staff_self_change');
    // An owner whose rights were just removed acts with the old context: the rule still holds.
    const lastOwner = await rejection(
      bed.asMember({ id: staff.SUPPORT, role: 'OWNER' }).staff.updateAccess({
        staffId: staff.OWNER,
        role: 'MARKETING',
        shopIds: [],
      }),
    );
    expect(lastOwner.cause?.code).toBe('last_owner');
    expect((await as('OWNER').staff.get({ staffId: staff.OWNER })).role).toBe('OWNER');
  });

  it('leaves one active owner when two owners disable each other at the same moment', async () => {
    const other = await makeStaffUser(bed.db, { role: 'OWNER' });
    const results = await Promise.allSettled([
      as('OWNER').staff.setDisabled({ staffId: other.id, disabled: true }),
      bed
        .asMember({ id: other.id, role: 'OWNER' })
        .staff.setDisabled({ staffId: staff.OWNER, disabled: true }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await bed.db.staffUser.count({ where: { role: 'OWNER', disabledAt: null } })).toBe(1);
  });
});
