import { makeCustomer } from '@fidele/core/testing';
import { expect, it } from 'vitest';
import { customerRouter } from '../customer/index.ts';
import { rejection, setUpStaffCallers } from '../testing/staff-callers.ts';
import { createCallerFactory } from '../trpc.ts';

const t = setUpStaffCallers();
const asCustomer = (id: string) =>
  createCallerFactory(customerRouter)({ db: t.db, customer: { id }, response: {} });

it('lets a customer erase her own account once she confirms, and signs her out everywhere', async () => {
  const lea = await makeCustomer(t.db);
  await t.db.authSession.create({
    data: { customerId: lea.id, expiresAt: new Date(Date.now() + 86_400_000) },
  });
  expect(
    await rejection(asCustomer(lea.id).privacy.erase({ confirm: false as true })),
  ).toMatchObject({ code: 'BAD_REQUEST' });
  expect(await asCustomer(lea.id).privacy.erase({ confirm: true })).toEqual({ erased: true });
  expect(await t.db.authSession.count({ where: { customerId: lea.id } })).toBe(0);
  expect(
    (await t.db.customer.findUniqueOrThrow({ where: { id: lea.id } })).erasedAt,
  ).not.toBeNull();
});

it('lets only the owner erase a customer at her request, saying how she asked', async () => {
  const lea = await makeCustomer(t.db);
  const erase = (role: 'OWNER' | 'SUPPORT' | 'MARKETING', reason = 'Email to support, 7 Dec') =>
    t.as(role).customers.erase({ customerId: lea.id, reason });
  expect(await rejection(erase('SUPPORT'))).toMatchObject({ code: 'FORBIDDEN' });
  expect(await rejection(erase('MARKETING'))).toMatchObject({ code: 'FORBIDDEN' });
  expect(await rejection(erase('OWNER', ' '))).toMatchObject({ code: 'BAD_REQUEST' });
  expect((await t.db.customer.findUniqueOrThrow({ where: { id: lea.id } })).erasedAt).toBeNull();
  await erase('OWNER');
  expect(
    await t.db.auditLog.findFirstOrThrow({
      where: { action: 'customer.erase', targetId: lea.id },
      select: { actorId: true, data: true },
    }),
  ).toEqual({ actorId: t.staff.OWNER, data: { reason: 'Email to support, 7 Dec' } });
  expect(await rejection(erase('OWNER'))).toMatchObject({ code: 'CONFLICT' });
});
