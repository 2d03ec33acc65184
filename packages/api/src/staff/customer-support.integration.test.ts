import { makeCustomer } from '@fidele/core/testing';
import { describe, expect, it } from 'vitest';
import { rejection, setUpStaffCallers } from '../testing/staff-callers.ts';

const api = setUpStaffCallers();

describe('support on a customer’s page', () => {
  it('emails her a link to the portal to choose a password, a few times an hour, audited', async () => {
    const customer = await makeCustomer(api.db, { firstName: 'Inès', locale: 'fr' });
    expect(await api.as('SUPPORT').customers.sendPasswordLink({ customerId: customer.id })).toEqual(
      { sentTo: customer.email },
    );
    const email = api.sent.findLast((sent) => sent.to === customer.email)!;
    expect(email.text).toMatch(/http:\/\/portal\.test\/set-password\?token=/);
    expect(
      await api.db.auditLog.count({
        where: { targetId: customer.id, action: 'customer.password_link_send' },
      }),
    ).toBe(1);

    for (let more = 0; more < 2; more++)
      await api.as('OWNER').customers.sendPasswordLink({ customerId: customer.id });
    const limited = await rejection(
      api.as('SUPPORT').customers.sendPasswordLink({ customerId: customer.id }),
    );
    expect(limited.code).toBe('TOO_MANY_REQUESTS');
    expect(
      (await rejection(api.as('MARKETING').customers.sendPasswordLink({ customerId: customer.id })))
        .code,
    ).toBe('FORBIDDEN');
  });

  it('blocks with a reason (nothing saved without one), sends her no link while blocked, and unblocks', async () => {
    const customer = await makeCustomer(api.db);
    const missing = await rejection(
      api
        .as('SUPPORT')
        .customers.setBlocked({ customerId: customer.id, blocked: true, reason: ' ' }),
    );
    expect(missing.code).toBe('BAD_REQUEST');
    expect(
      (
        await rejection(
          api
            .as('STORE_MANAGER')
            .customers.setBlocked({ customerId: customer.id, blocked: true, reason: 'Fraud' }),
        )
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      (await api.db.customer.findUniqueOrThrow({ where: { id: customer.id } })).blockedAt,
    ).toBeNull();

    await api
      .as('SUPPORT')
      .customers.setBlocked({ customerId: customer.id, blocked: true, reason: 'Shared card' });
    expect(await api.as('SUPPORT').customers.get({ customerId: customer.id })).toMatchObject({
      blockedReason: 'Shared card',
      blockedBy: { name: 'SUPPORT' },
    });
    const refused = await rejection(
      api.as('SUPPORT').customers.sendPasswordLink({ customerId: customer.id }),
    );
    expect(refused.cause?.code).toBe('customer_blocked');

    await api.as('OWNER').customers.setBlocked({ customerId: customer.id, blocked: false });
    expect(await api.as('SUPPORT').customers.get({ customerId: customer.id })).toMatchObject({
      blockedAt: null,
      blockedBy: null,
    });
  });
});
