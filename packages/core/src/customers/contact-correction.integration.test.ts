import { createTestDatabase, type TestDatabase } from '@fidele/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomer, makeStaffUser, refusal } from '../testing/index.ts';
import {
  confirmEmailChange,
  type ContactCorrection,
  correctContactDetails,
  pendingEmailChange,
} from './contact-correction.ts';

let t: TestDatabase;
let staffUserId: string;

const correct = (input: Omit<ContactCorrection, 'staffUserId'>, now?: Date) =>
  t.db.$transaction((tx) => correctContactDetails(tx, { ...input, staffUserId }, now));

const contactOf = (id: string) =>
  t.db.customer.findUniqueOrThrow({
    where: { id },
    select: { firstName: true, lastName: true, phone: true, email: true, emailVerified: true },
  });

beforeAll(async () => {
  t = await createTestDatabase();
  staffUserId = (await makeStaffUser(t.db, { role: 'SUPPORT' })).id;
});
afterAll(() => t.drop());

describe('support corrects her contact details', () => {
  it('changes name and phone at once, and the email only once she confirms it, audited', async () => {
    const camille = await makeCustomer(t.db, {
      firstName: 'Camile',
      email: 'camille.old@example.com',
    });
    const { emailConfirmation } = await correct({
      customerId: camille.id,
      firstName: 'Camille',
      lastName: 'Martin',
      phone: '+33611223344',
      email: 'camille.new@example.com',
    });
    expect(emailConfirmation?.to).toMatchObject({
      email: 'camille.new@example.com',
      name: 'Camille',
    });
    expect(await contactOf(camille.id)).toMatchObject({
      firstName: 'Camille',
      lastName: 'Martin',
      phone: '+33611223344',
      email: 'camille.old@example.com',
    });
    expect(await pendingEmailChange(t.db, camille.id)).toMatchObject({
      newEmail: 'camille.new@example.com',
    });
    const [audit] = await t.db.auditLog.findMany({
      where: { targetId: camille.id, action: 'customer.contact_correct' },
      select: { data: true },
    });
    expect(audit!.data).toMatchObject({
      before: { firstName: 'Camile', phone: null },
      after: { firstName: 'Camille', phone: '+33611223344' },
      emailToConfirm: 'camille.new@example.com',
    });

    expect(await confirmEmailChange(t.db, emailConfirmation!.token)).toEqual({
      email: 'camille.new@example.com',
    });
    expect(await contactOf(camille.id)).toMatchObject({
      email: 'camille.new@example.com',
      emailVerified: expect.any(Date),
    });
    expect(await pendingEmailChange(t.db, camille.id)).toBeNull();
    // The link works once.
    expect(await refusal(confirmEmailChange(t.db, emailConfirmation!.token))).toBe(
      'email_change_link_invalid',
    );
  });

  it('refuses a phone or email another member has, saving nothing; a newer correction replaces the waiting email; a link expires', async () => {
    await makeCustomer(t.db, { phone: '+33699887766', email: 'lea@example.com' });
    const noe = await makeCustomer(t.db, { firstName: 'Noé', email: 'noe@example.com' });
    const same = { customerId: noe.id, firstName: 'Noé', lastName: null };
    expect(
      await refusal(
        correct({ ...same, firstName: 'Noah', phone: '+33699887766', email: 'noe@example.com' }),
      ),
    ).toBe('phone_taken');
    expect(await refusal(correct({ ...same, phone: null, email: 'lea@example.com' }))).toBe(
      'email_taken',
    );
    expect((await contactOf(noe.id)).firstName).toBe('Noé');

    const first = await correct({ ...same, phone: null, email: 'noe.one@example.com' });
    const now = new Date();
    const second = await correct({ ...same, phone: null, email: 'noe.two@example.com' }, now);
    expect(await refusal(confirmEmailChange(t.db, first.emailConfirmation!.token))).toBe(
      'email_change_link_invalid',
    );
    const tomorrow = new Date(now.getTime() + 24 * 3_600_000);
    expect(await refusal(confirmEmailChange(t.db, second.emailConfirmation!.token, tomorrow))).toBe(
      'email_change_link_invalid',
    );
    expect(await confirmEmailChange(t.db, second.emailConfirmation!.token)).toEqual({
      email: 'noe.two@example.com',
    });
  });
});
