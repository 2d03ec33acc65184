import { makeCustomer } from '@fidele/core/testing';
import { expect, it } from 'vitest';
import { rejection, setUpStaffCallers } from '../testing/staff-callers.ts';

const t = setUpStaffCallers();

it('lets only the owner change the retention, within 12 to 120 months, audited', async () => {
  expect(await t.as('MARKETING').settings.retention()).toEqual({ retentionMonths: 36 });
  expect(
    await rejection(t.as('MARKETING').settings.updateRetention({ retentionMonths: 24 })),
  ).toMatchObject({ code: 'FORBIDDEN' });
  for (const retentionMonths of [11, 121, 24.5])
    expect(
      await rejection(t.as('OWNER').settings.updateRetention({ retentionMonths })),
    ).toMatchObject({ code: 'BAD_REQUEST' });

  expect(await t.as('OWNER').settings.updateRetention({ retentionMonths: 24 })).toEqual({
    retentionMonths: 24,
  });
  expect(await t.as('MARKETING').settings.retention()).toEqual({ retentionMonths: 24 });
  expect(
    await t.db.auditLog.findFirstOrThrow({
      where: { action: 'programme_settings.update', actorId: t.staff.OWNER },
      orderBy: { createdAt: 'desc' },
      select: { data: true },
    }),
  ).toEqual({ data: { before: { retentionMonths: 36 }, after: { retentionMonths: 24 } } });
  // The database keeps the bounds too.
  await expect(
    t.db.programmeSettings.update({ where: { id: 1 }, data: { retentionMonths: 6 } }),
  ).rejects.toThrow();
  await t.as('OWNER').settings.updateRetention({ retentionMonths: 36 });
});

it('shows staff when a customer’s data would be erased, or that it was and why', async () => {
  const lea = await makeCustomer(t.db);
  const kept = await t.as('SUPPORT').customers.retention({ customerId: lea.id });
  expect(kept).toMatchObject({ state: 'kept', retentionMonths: 36, warnedAt: null });
  if (kept.state !== 'kept') throw new Error('kept');
  expect(kept.eraseOn.getTime()).toBeGreaterThan(kept.warnOn.getTime());

  await t.as('OWNER').customers.erase({ customerId: lea.id, reason: 'Letter, 7 Dec' });
  expect(await t.as('SUPPORT').customers.retention({ customerId: lea.id })).toMatchObject({
    state: 'erased',
    cause: 'request',
  });
});
