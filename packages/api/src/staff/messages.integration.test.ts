import { makeCustomer, makeShop } from '@fidele/core/testing';
import { describe, expect, it } from 'vitest';
import { rejection, setUpStaffCallers } from '../testing/staff-callers.ts';

const bed = setUpStaffCallers();

const SETTINGS = {
  emailCapPer30Days: 4,
  smsCapPer30Days: 2,
  smsHoursFrom: 600,
  smsHoursTo: 1200,
  smsWeekdays: [1, 2, 3, 4, 5, 6],
  smsSkipHolidays: true,
};

describe('staff messages', () => {
  it('lists what an invitation queued, per channel, and what the SMS outbox holds', async () => {
    const shop = await makeShop(bed.db, { name: 'Paris Marais' });
    const customer = await makeCustomer(bed.db, { firstName: 'Camille', phone: '+33611111111' });
    await bed.db.customer.update({
      where: { id: customer.id },
      data: { emailConsentAt: new Date(), smsConsentAt: null },
    });
    const tier = await bed.db.tier.findFirstOrThrow({ orderBy: { rank: 'asc' } });
    const sale = await bed.as('MARKETING').privateSales.create({
      kind: 'PRIVATE_SALE',
      nameEn: 'Winter private sale',
      nameFr: "Vente privée d'hiver",
      textEn: '',
      textFr: '',
      shopId: shop.id,
      startsAt: new Date(Date.now() + 86_400_000),
      endsAt: new Date(Date.now() + 90_000_000),
      capacity: 10,
      channels: ['EMAIL', 'SMS'],
      tierIds: [tier.id],
      segmentIds: [],
    });
    const invited = await bed.as('MARKETING').privateSales.invite({ privateSaleId: sale.id });
    expect(invited.messages).toBeGreaterThanOrEqual(2);

    const mine = await bed.as('SUPPORT').messages.list({ customerId: customer.id });
    expect(mine.rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ channel: 'EMAIL', status: 'QUEUED', kind: 'INVITATION' }),
        expect.objectContaining({ channel: 'SMS', status: 'SKIPPED', hold: 'NO_CONSENT' }),
      ]),
    );
    const counts = await bed.as('OWNER').messages.counts();
    expect(counts.channels.EMAIL.QUEUED).toBeGreaterThanOrEqual(1);
    expect(counts.channels.SMS.SKIPPED).toBeGreaterThanOrEqual(1);
    expect(counts.kinds).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'INVITATION',
          channel: 'SMS',
          statuses: expect.objectContaining({ SKIPPED: expect.any(Number) }),
          unsubscribed: 0,
        }),
      ]),
    );
    expect(await bed.as('MARKETING').messages.smsOutbox({})).toMatchObject({ total: 0 });

    const preview = await bed.as('MARKETING').privateSales.preview({
      privateSaleId: sale.id,
      locale: 'fr',
    });
    expect(preview.email.subject).toBe("Vous êtes invité·e : Vente privée d'hiver");
    expect(preview.email.html).toContain('http://portal.test/invitations');
    expect(preview.sms).toMatchObject({ encoding: 'GSM-7', segments: expect.any(Number) });
    expect(preview.sms.text).toMatch(/STOP$/);
  });

  it("plays a STOP reply to a kept SMS: the recipient's SMS consent is withdrawn, once", async () => {
    const customer = await makeCustomer(bed.db, {
      phone: '+33622222222',
      consents: { email: true, sms: true },
    });
    const sms = await bed.db.smsOutboxEntry.create({
      data: {
        messageId: '0d1c2b3a-4f5e-4d6c-8b7a-112233445566',
        to: '+33622222222',
        sender: 'Fidele',
        body: 'Fidèle: … STOP: reply STOP',
        segments: 1,
      },
    });
    const reply = (body = 'STOP') =>
      bed.as('MARKETING').messages.replyToSms({ smsId: sms.id, body });
    expect(await reply('Merci')).toEqual({ stopped: false });
    expect(await reply()).toEqual({ stopped: true });
    expect(await reply()).toEqual({ stopped: false });
    const after = await bed.db.customer.findUniqueOrThrow({ where: { id: customer.id } });
    expect([after.smsConsentAt, after.emailConsentAt !== null]).toEqual([null, true]);
    expect(
      (await rejection(bed.as('SUPPORT').messages.replyToSms({ smsId: sms.id, body: 'STOP' })))
        .code,
    ).toBe('FORBIDDEN');
  });

  it('lets support send a service message again, audited, never a marketing one', async () => {
    const customer = await makeCustomer(bed.db);
    const sent = (marketing: boolean) =>
      bed.db.message.create({
        data: {
          customerId: customer.id,
          channel: 'EMAIL',
          kind: marketing ? 'INVITATION' : 'INVITATION_REMINDER',
          marketing,
          data: { code: 'INV-000000000001' },
          status: 'SENT',
          sentAt: new Date(),
        },
      });
    const reminder = await sent(false);
    const copy = await bed.as('SUPPORT').messages.resend({ messageId: reminder.id });
    expect(await bed.db.message.findUniqueOrThrow({ where: { id: copy.id } })).toMatchObject({
      customerId: customer.id,
      kind: 'INVITATION_REMINDER',
      status: 'QUEUED',
      marketing: false,
      data: { code: 'INV-000000000001' },
    });
    expect(await bed.db.auditLog.count({ where: { action: 'message.resend' } })).toBe(1);
    const invitation = await sent(true);
    expect(
      (await rejection(bed.as('OWNER').messages.resend({ messageId: invitation.id }))).cause?.code,
    ).toBe('message_not_resendable');
    expect(
      (await rejection(bed.as('MARKETING').messages.resend({ messageId: reminder.id }))).code,
    ).toBe('FORBIDDEN');
  });

  it('keeps messages from the store manager', async () => {
    const refused = await rejection(bed.as('STORE_MANAGER').messages.list({}));
    expect(refused.code).toBe('FORBIDDEN');
  });

  it('edits the caps and SMS hours, audited; refuses hours that end before they start', async () => {
    const wider = { ...SETTINGS, smsCapPer30Days: 3, smsWeekdays: [1, 2, 3, 4, 5, 6, 7] };
    expect(await bed.as('MARKETING').messages.updateSettings(wider)).toEqual(wider);
    expect(await bed.as('SUPPORT').messages.settings()).toEqual(wider);
    expect(await bed.db.auditLog.count({ where: { action: 'message_settings.update' } })).toBe(1);
    const reversed = await rejection(
      bed.as('OWNER').messages.updateSettings({ ...SETTINGS, smsHoursFrom: 1200, smsHoursTo: 600 }),
    );
    expect(reversed.code).toBe('BAD_REQUEST');
    expect(await bed.as('OWNER').messages.settings()).toEqual(wider);
    expect((await rejection(bed.as('SUPPORT').messages.updateSettings(SETTINGS))).code).toBe(
      'FORBIDDEN',
    );
  });
});
