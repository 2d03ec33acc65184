import { createPrivateSale, inviteToPrivateSale } from '@fidele/core/private-sales';
import { makeCustomer, makeShop, makeStaffUser } from '@fidele/core/testing';
import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createCallerFactory } from '../trpc.ts';
import { customerRouter } from './index.ts';

let t: TestDatabase;
let saleId: string;
let staffUserId: string;
const createCaller = createCallerFactory(customerRouter);
const callerFor = (customerId: string) =>
  createCaller({
    db: t.db,
    customer: { id: customerId },
    clientAddress: '198.51.100.7',
    response: {},
  });

beforeAll(async () => {
  t = await createTestDatabase();
  staffUserId = (await makeStaffUser(t.db, { role: 'MARKETING' })).id;
  const shopId = (await makeShop(t.db)).id;
  const tierId = (await t.db.tier.findFirstOrThrow({ orderBy: { rank: 'asc' } })).id;
  saleId = (
    await t.db.$transaction((tx) =>
      createPrivateSale(tx, {
        data: {
          kind: 'WORKSHOP',
          nameEn: 'Denim workshop',
          nameFr: 'Atelier denim',
          textEn: '',
          textFr: '',
          shopId,
          startsAt: new Date(Date.now() + 86_400_000),
          endsAt: new Date(Date.now() + 90_000_000),
          capacity: 1,
          channels: ['EMAIL'],
          tierIds: [tierId],
          segmentIds: [],
        },
        staffUserId,
        allShops: true,
      }),
    )
  ).id;
});
afterAll(() => t.drop());

const invited = async () => {
  const customer = await makeCustomer(t.db);
  await t.db.$transaction((tx) =>
    inviteToPrivateSale(tx, { id: saleId, staffUserId, allShops: true }),
  );
  const [invitation] = await callerFor(customer.id).invitations.list();
  return { customer, invitation: invitation! };
};

it("lists the customer's own invitation, answers it, and keeps others' out of reach", async () => {
  const { customer, invitation } = await invited();
  expect(invitation).toMatchObject({
    status: 'INVITED',
    privateSale: { kind: 'WORKSHOP', nameFr: 'Atelier denim', phase: 'scheduled' },
  });
  const other = await invited();
  expect(
    await callerFor(customer.id).invitations.answer({ invitationId: invitation.id, accept: true }),
  ).toEqual({ status: 'ACCEPTED' });
  expect(
    await callerFor(other.customer.id).invitations.answer({
      invitationId: other.invitation.id,
      accept: true,
    }),
  ).toEqual({ status: 'WAITLISTED' });
  await expect(
    callerFor(other.customer.id).invitations.answer({ invitationId: invitation.id, accept: false }),
  ).rejects.toMatchObject({ cause: { code: 'invitation_not_found' } });
});

it('stops a customer toggling answers at machine speed', async () => {
  const { customer, invitation } = await invited();
  const outcomes = [];
  for (let i = 0; i < 21; i++)
    outcomes.push(
      await callerFor(customer.id)
        .invitations.answer({ invitationId: invitation.id, accept: i % 2 === 0 })
        .then(
          () => 'answered',
          (error: { cause?: { code?: string } }) => error.cause?.code,
        ),
    );
  expect(outcomes.filter((outcome) => outcome === 'answered')).toHaveLength(20);
  expect(outcomes.at(-1)).toBe('rate_limited');
});
