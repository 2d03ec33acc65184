import { AUTOMATION_KINDS, isMarketingAutomation } from '@fidele/validators';
import { describe, expect, it } from 'vitest';
import { smsLength } from '../sms/segments.ts';
import { previewMessage } from './message-preview.ts';
import { type OutgoingMessage, renderEmailMessage, renderSmsMessage } from './render-message.tsx';

const invitation: OutgoingMessage = {
  channel: 'EMAIL',
  kind: 'INVITATION',
  marketing: true,
  to: 'camille@example.com',
  locale: 'en',
  firstName: 'Camille',
  data: {
    invitationId: '6f1c1d2e-9a8b-4c3d-8e7f-0a1b2c3d4e5f',
    code: 'INV-0123456789AB',
    kind: 'PRIVATE_SALE',
    nameEn: 'VIP private sale',
    nameFr: 'Vente privée VIP',
    textEn: 'Up to 40% off the new collection.',
    textFr: "Jusqu'à 40 % sur la nouvelle collection.",
    startsAt: '2026-12-10T09:00:00.000Z',
    endsAt: '2026-12-10T18:00:00.000Z',
    shop: { name: 'Paris Marais', city: 'Paris' },
  },
};
const links = { portalUrl: 'https://portal.example' };

describe('invitation messages', () => {
  it('says what, when, where and the personal code, with its QR attached', async () => {
    const email = await renderEmailMessage(invitation, links);
    expect(email.subject).toBe("You're invited: VIP private sale");
    expect(email.text).toContain('Hello Camille,');
    expect(email.text).toContain('Thursday 10 December');
    expect(email.text).toContain('10:00');
    expect(email.text).toContain('Paris Marais, Paris');
    expect(email.text).toContain('INV-0123456789AB');
    expect(email.text).toContain('https://portal.example/invitations');
    expect(email.html).toContain('src="cid:message-qr@fidele"');
    expect(email.attachments).toEqual([
      expect.objectContaining({ cid: 'message-qr@fidele', contentType: 'image/png' }),
    ]);
    expect(email.html).toContain('agreed to hear from us by email');
  });

  it('speaks French to a French customer, and a preview carries its QR inline', async () => {
    const email = await renderEmailMessage({ ...invitation, locale: 'fr' }, links, {
      inlineImages: true,
    });
    expect(email.subject).toBe('Vous êtes invité·e : Vente privée VIP');
    expect(email.text).toContain('jeudi 10 décembre');
    expect(email.html).toContain('src="data:image/png;base64,');
    expect(email.attachments).toEqual([]);
  });

  it('tells a customer whose waitlisted place came free until when to confirm it, without marketing small print', async () => {
    const place = {
      ...invitation,
      kind: 'WAITLIST_PLACE' as const,
      marketing: false,
      data: { ...(invitation.data as object), offerExpiresAt: '2026-12-09T09:00:00.000Z' },
    };
    const email = await renderEmailMessage(place, links);
    expect(email.subject).toBe('A place is yours: VIP private sale');
    expect(email.text).toContain('Confirm it in your portal by Wednesday 9 December');
    expect(email.text).toContain('10:00');
    expect(email.text).toContain('about an event you accepted');
    const sms = renderSmsMessage({ ...place, channel: 'SMS', locale: 'fr' }, links);
    expect(sms).toContain(
      'A confirmer avant le 9 déc., 10:00 : https://portal.example/invitations',
    );
  });

  it('reminds her the day before, as a service message, in her language', async () => {
    const reminder = { ...invitation, kind: 'INVITATION_REMINDER' as const, marketing: false };
    expect((await renderEmailMessage(reminder, links)).subject).toBe('Tomorrow: VIP private sale');
    expect((await renderEmailMessage({ ...reminder, locale: 'fr' }, links)).subject).toBe(
      "C'est demain : Vente privée VIP",
    );
    const sms = renderSmsMessage({ ...reminder, channel: 'SMS' }, links);
    expect(sms).toContain('see you tomorrow at VIP private sale');
    expect(sms).not.toContain('STOP');
  });

  it('ends a marketing SMS with how to stop them, in one GSM-7 SMS or two', () => {
    for (const locale of ['en', 'fr']) {
      const text = renderSmsMessage({ ...invitation, channel: 'SMS', locale }, links);
      expect(text).toMatch(/STOP$/);
      expect(smsLength(text)).toMatchObject({ encoding: 'GSM-7' });
      expect(smsLength(text).segments).toBeLessThanOrEqual(2);
    }
    const place = renderSmsMessage(
      { ...invitation, channel: 'SMS', kind: 'WAITLIST_PLACE', marketing: false },
      links,
    );
    expect(place).not.toContain('STOP');
  });
});

describe('automations', () => {
  const base = {
    channel: 'EMAIL' as const,
    marketing: true,
    to: 'camille@example.com',
    firstName: 'Camille',
  };
  const messages: OutgoingMessage[] = [
    { ...base, kind: 'WELCOME', locale: 'en', data: { memberCode: 'FID-2K7Q9M' } },
    { ...base, kind: 'BIRTHDAY', locale: 'fr', data: { points: 1500 } },
    {
      ...base,
      kind: 'TIER_UPGRADE',
      locale: 'en',
      data: {
        nameEn: 'Gold',
        nameFr: 'Or',
        benefitsEn: 'Double points\nPrivate sales',
        benefitsFr: '',
        metric: 'POINTS_EARNED',
        threshold: 1000,
        windowMonths: 12,
      },
    },
    {
      ...base,
      kind: 'POINTS_EXPIRING',
      locale: 'en',
      data: { points: 240, until: '2027-01-06T22:59:59.000Z' },
    },
    {
      ...base,
      kind: 'CODE_EXPIRING',
      locale: 'fr',
      data: {
        code: 'RWD-7XK2P9',
        nameEn: '€10 off',
        nameFr: '10 € de réduction',
        validUntil: '2026-12-14T22:59:59.000Z',
      },
    },
  ];

  it('says what each is about with the default words, every placeholder filled', async () => {
    const [welcome, birthday, tier, points, code] = await Promise.all(
      messages.map((message) => renderEmailMessage(message, links)),
    );
    expect(welcome!.subject).toBe('Welcome to Fidèle, Camille');
    expect(welcome!.text).toContain('Your member number is FID-2K7Q9M');
    expect(welcome!.text).toContain('https://portal.example/card');
    expect(birthday!.text).toContain('Notre cadeau : 1\u202f500 points');
    // In an SMS, the narrow space that groups French numbers becomes a plain one (GSM-7).
    const sms = renderSmsMessage(
      {
        ...messages[3]!,
        channel: 'SMS',
        locale: 'fr',
        data: { points: 1500, until: '2027-01-06T22:59:59.000Z' },
      },
      links,
    );
    expect(sms).toContain('1 500 points expirent');
    expect(smsLength(sms)).toMatchObject({ encoding: 'GSM-7' });
    expect(tier!.subject).toBe('You are now Gold');
    expect(tier!.text).toContain('as long as you earn 1,000 qualifying points over any 12 months');
    expect(tier!.html).toContain('Double points<br />Private sales');
    expect(points!.subject).toBe('240 points expire by 6 January 2027');
    expect(code!.subject).toBe('Votre code RWD-7XK2P9 se termine le 14 décembre 2026');
    expect(code!.attachments).toHaveLength(1);
    expect(welcome!.attachments).toEqual([]);
    for (const email of [welcome, birthday, tier, points, code])
      expect(`${email!.subject}${email!.html}${email!.text}`).not.toMatch(/\{\w+\}/);
  });

  it("uses the brand's own words where it wrote them, and fills each value once", async () => {
    const own = {
      ...messages[0]!,
      firstName: '{memberCode}',
      words: {
        subjectEn: 'Hi {firstName}!',
        bodyEn: 'Card {memberCode}\nsee you soon',
        smsEn: null,
      },
    };
    const email = await renderEmailMessage(own, links);
    expect(email.subject).toBe('Hi {memberCode}!');
    expect(email.html).toContain('Card FID-2K7Q9M<br/>see you soon');
    expect(renderSmsMessage({ ...own, channel: 'SMS' }, links)).toBe(
      'Fidèle: welcome {memberCode}! Your member number is FID-2K7Q9M. Your card and points: https://portal.example/card STOP: reply STOP',
    );
  });

  it('tracks a sent email: its image when opened, its button through the portal', async () => {
    const id = '11111111-2222-4333-8444-555555555555';
    const tracked = { ...links, trackingToken: (messageId: string) => `${messageId}.t` };
    const email = await renderEmailMessage(messages[0]!, tracked, { messageId: id });
    expect(email.html).toContain(`src="https://portal.example/api/messages/${id}.t/open"`);
    expect(email.html).toContain(
      `href="https://portal.example/api/messages/${id}.t/click?to=%2Fcard"`,
    );
    const preview = await renderEmailMessage(messages[0]!, tracked, {
      messageId: id,
      inlineImages: true,
    });
    expect(preview.html).not.toContain('/api/messages/');
  });
});

describe('contest winners', () => {
  const won: OutgoingMessage = {
    channel: 'EMAIL',
    kind: 'CONTEST_WON',
    marketing: false,
    to: 'camille@example.com',
    locale: 'en',
    firstName: 'Camille',
    data: {
      contestSlug: 'spring-looks',
      nameEn: 'Spring looks',
      nameFr: 'Looks de printemps',
      points: 1000,
      reward: null,
    },
  };
  const rewardWon = {
    ...won,
    locale: 'fr',
    data: {
      ...(won.data as object),
      points: null,
      reward: {
        nameEn: '€10 off',
        nameFr: '10 € de réduction',
        code: 'RWD-7XK2P9',
        validUntil: '2026-12-14T22:59:59.000Z',
      },
    },
  };

  it('tells her the prize of points she won, with a button to the contest, as a service email', async () => {
    const email = await renderEmailMessage(won, {
      ...links,
      unsubscribeToken: (id) => `${id}.signature`,
    });
    expect(email.subject).toBe('You won: Spring looks');
    expect(email.text).toContain('Congratulations Camille!');
    expect(email.text).toContain(
      'You are one of the winners of Spring looks. Your prize: 1,000 points.',
    );
    expect(email.text).toContain('Your 1,000 points are already in your account.');
    expect(email.html).toContain('href="https://portal.example/contests/spring-looks"');
    expect(email.text).toContain('See the contest');
    expect(email.text).toContain('about a contest you entered');
    expect(email.html).not.toContain('/unsubscribe/');
    expect(email.attachments).toEqual([]);
    expect(`${email.subject}${email.html}${email.text}`).not.toMatch(/\{\w+\}/);
  });

  it('gives her the code of the reward she won with its QR, in French', async () => {
    const email = await renderEmailMessage(rewardWon, links);
    expect(email.subject).toBe('Vous avez gagné : Looks de printemps');
    expect(email.text).toContain('Félicitations Camille !');
    expect(email.text).toContain(
      'Vous faites partie des gagnants du concours Looks de printemps. Votre lot : 10 € de réduction.',
    );
    expect(email.text).toContain('RWD-7XK2P9');
    expect(email.text).toContain('jusqu’au 14 décembre 2026');
    expect(email.text).toContain('Voir le concours');
    expect(email.text).toContain('au sujet d’un concours auquel vous avez participé');
    expect(email.text).not.toContain('déjà sur votre compte');
    expect(email.attachments).toEqual([
      expect.objectContaining({ filename: 'RWD-7XK2P9.png', cid: 'message-qr@fidele' }),
    ]);
  });

  it('says it in one GSM-7 SMS, in both languages, without how to stop them', () => {
    const en = renderSmsMessage({ ...won, channel: 'SMS', to: '+33612345678' }, links);
    expect(en).toBe(
      'Fidèle: congratulations Camille, you won 1,000 points in Spring looks! https://portal.example/contests/spring-looks',
    );
    const fr = renderSmsMessage({ ...won, channel: 'SMS', locale: 'fr' }, links);
    expect(fr).toBe(
      'Fidèle : félicitations Camille, vous avez gagné 1 000 points au concours Looks de printemps ! https://portal.example/contests/spring-looks',
    );
    const reward = renderSmsMessage({ ...rewardWon, channel: 'SMS' }, links);
    expect(reward).toContain('vous avez gagné 10 € de réduction au concours Looks de printemps !');
    for (const text of [en, fr, reward])
      expect(smsLength(text)).toMatchObject({ encoding: 'GSM-7', segments: 1 });
  });
});

describe('default wording', () => {
  it('keeps every SMS in the GSM alphabet, in one or two SMS, in both languages', async () => {
    for (const kind of AUTOMATION_KINDS)
      for (const locale of ['en', 'fr'] as const) {
        const { sms } = await previewMessage(
          { kind, locale, marketing: isMarketingAutomation(kind) },
          links,
        );
        expect({ kind, locale, encoding: sms.encoding }).toEqual({
          kind,
          locale,
          encoding: 'GSM-7',
        });
        expect(sms.segments).toBeLessThanOrEqual(2);
      }
  });
});

describe('one layout per event', () => {
  it("puts each customer's own name and code in, escaped in HTML", async () => {
    const first = await renderEmailMessage({ ...invitation, firstName: 'Zoé <b>&</b>' }, links);
    const second = await renderEmailMessage(
      {
        ...invitation,
        firstName: 'Léa',
        data: { ...(invitation.data as object), code: 'INV-FEDCBA987654' },
      },
      links,
    );
    expect(first.html).toContain('Hello Zoé &lt;b&gt;&amp;&lt;/b&gt;,');
    expect(first.text).toContain('Hello Zoé <b>&</b>,');
    expect(second.html).toContain('Hello Léa,');
    expect(second.html).toContain('INV-FEDCBA987654');
    expect(second.html).not.toContain('INV-0123456789AB');
    expect(second.text).toContain('INV-FEDCBA987654');
  });
});

describe('unsubscribing', () => {
  const signed = { ...links, unsubscribeToken: (id: string) => `${id}.signature` };
  const id = '11111111-2222-4333-8444-555555555555';

  it('gives a marketing email a visible link and the one-click header of RFC 8058', async () => {
    const email = await renderEmailMessage(invitation, signed, { messageId: id });
    expect(email.headers).toEqual({
      'List-Unsubscribe': `<https://portal.example/api/unsubscribe/${id}.signature>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    expect(email.html).toContain(`href="https://portal.example/unsubscribe/${id}.signature"`);
    expect(email.text).toContain('Unsubscribe from our emails');
  });

  it('gives a service email neither', async () => {
    const email = await renderEmailMessage(
      { ...invitation, kind: 'WAITLIST_PLACE', marketing: false },
      signed,
      { messageId: id },
    );
    expect(email.headers).toEqual({});
    expect(email.html).not.toContain('/unsubscribe/');
  });
});

describe('retention warning', () => {
  const warning: OutgoingMessage = {
    channel: 'EMAIL',
    kind: 'RETENTION_WARNING',
    marketing: false,
    to: 'camille@example.com',
    locale: 'en',
    firstName: 'Camille',
    data: { eraseOn: '2027-01-07T09:00:00.000Z' },
  };

  it('tells her the day her account and points go unless she signs in or shops, as a service email', async () => {
    const email = await renderEmailMessage(warning, {
      ...links,
      unsubscribeToken: (id) => `${id}.signature`,
    });
    expect(email.subject).toBe('Your Fidèle account will be erased on 7 January 2027');
    expect(email.text).toContain('your account, your personal data and your points will be erased');
    expect(email.text).toContain('sign in to your portal or shop with us');
    expect(email.text).toContain('Sign in to keep my account');
    expect(email.html).toContain('href="https://portal.example/"');
    expect(email.text).toContain('about your membership account');
    expect(email.html).not.toContain('/unsubscribe/');
    expect(`${email.subject}${email.html}${email.text}`).not.toMatch(/\{\w+\}/);
  });

  it('says it in French to a French customer', async () => {
    const email = await renderEmailMessage({ ...warning, locale: 'fr' }, links);
    expect(email.subject).toBe('Votre compte Fidèle sera effacé le 7 janvier 2027');
    expect(email.text).toContain('Me connecter pour garder mon compte');
    expect(email.text).toContain('au sujet de votre compte de membre');
  });
});
