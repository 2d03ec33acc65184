import { describe, expect, it } from 'vitest';
import {
  eventNameIn,
  notificationLink,
  notificationWords,
  unreadBadge,
} from './notification-view.ts';

const names = { nameEn: 'Winter sale', nameFr: 'Vente d’hiver' };

describe('eventNameIn', () => {
  it('reads French for fr and English for any other locale', () => {
    expect(eventNameIn(names, 'fr')).toBe('Vente d’hiver');
    expect(eventNameIn(names, 'en')).toBe('Winter sale');
    expect(eventNameIn(names, 'de')).toBe('Winter sale');
  });

  it('falls back to the other language, then to nothing', () => {
    expect(eventNameIn({ nameEn: 'Winter sale' }, 'fr')).toBe('Winter sale');
    expect(eventNameIn({ nameFr: 'Vente d’hiver', nameEn: '  ' }, 'en')).toBe('Vente d’hiver');
    expect(eventNameIn({}, 'en')).toBeUndefined();
    expect(eventNameIn({ nameEn: '', nameFr: ' ' }, 'fr')).toBeUndefined();
  });
});

describe('notificationWords', () => {
  it('says an invitation with the event’s name in her language', () => {
    expect(notificationWords({ kind: 'INVITATION', data: names }, 'en')).toEqual({
      key: 'invitation',
      name: 'Winter sale',
    });
    expect(
      notificationWords({ kind: 'INVITATION', data: { ...names, invitationId: 'i' } }, 'fr'),
    ).toEqual({ key: 'invitation', name: 'Vente d’hiver' });
  });

  it('says a place freed up on a waitlist with the event’s name in her language', () => {
    expect(notificationWords({ kind: 'WAITLIST_PLACE', data: names }, 'fr')).toEqual({
      key: 'waitlistPlace',
      name: 'Vente d’hiver',
    });
    expect(notificationWords({ kind: 'WAITLIST_PLACE', data: names }, 'en')).toEqual({
      key: 'waitlistPlace',
      name: 'Winter sale',
    });
  });

  it('says her event is tomorrow, named or not', () => {
    expect(notificationWords({ kind: 'INVITATION_REMINDER', data: names }, 'en')).toEqual({
      key: 'reminder',
      name: 'Winter sale',
    });
    expect(notificationWords({ kind: 'INVITATION_REMINDER', data: {} }, 'fr').key).toBe(
      'reminderUnnamed',
    );
  });

  it('has words without a name for a notice that carries none', () => {
    expect(notificationWords({ kind: 'INVITATION', data: {} }, 'en').key).toBe('invitationUnnamed');
    expect(notificationWords({ kind: 'WAITLIST_PLACE', data: {} }, 'fr').key).toBe(
      'waitlistPlaceUnnamed',
    );
  });

  it('says a plain new notice for a kind it does not know', () => {
    expect(notificationWords({ kind: 'SOMETHING_NEW', data: names }, 'en').key).toBe('other');
  });
});

describe('unreadBadge', () => {
  it('shows no badge without unread notices', () => {
    expect(unreadBadge(0)).toBeNull();
    expect(unreadBadge(-1)).toBeNull();
    expect(unreadBadge(Number.NaN)).toBeNull();
  });

  it('shows the count up to nine, then 9+', () => {
    expect(unreadBadge(1)).toBe('1');
    expect(unreadBadge(9)).toBe('9');
    expect(unreadBadge(10)).toBe('9+');
    expect(unreadBadge(250)).toBe('9+');
  });
});

describe('notificationLink', () => {
  it('leads a contest’s notice to its page, any other to her invitations', () => {
    expect(
      notificationLink({ kind: 'CONTEST_WON', data: { contestSlug: 'winter-looks' } }),
    ).toEqual({ href: '/contests/winter-looks', key: 'seeContest' });
    expect(notificationLink({ kind: 'INVITATION', data: { invitationId: 'i' } })).toEqual({
      href: '/invitations',
      key: 'seeInvitations',
    });
  });
});

describe('a referral’s notice', () => {
  const rewarded = (data: { role?: string; name?: string; points?: number }) => ({
    kind: 'REFERRAL_REWARDED',
    data,
  });

  it('thanks the member who referred a friend, with the friend’s name and her points', () => {
    expect(
      notificationWords(rewarded({ role: 'REFERRER', name: 'Léa', points: 200 }), 'en'),
    ).toEqual({ key: 'referralRewarded', name: 'Léa', count: 200 });
  });

  it('welcomes the friend with the name of the member who referred her', () => {
    expect(
      notificationWords(rewarded({ role: 'FRIEND', name: 'Camille', points: 100 }), 'fr'),
    ).toEqual({ key: 'referralWelcome', name: 'Camille', count: 100 });
  });

  it('has words without a name, and counts no points it was not given', () => {
    expect(notificationWords(rewarded({ role: 'FRIEND' }), 'en')).toEqual({
      key: 'referralWelcomeUnnamed',
      name: '',
      count: 0,
    });
    expect(notificationWords(rewarded({ name: ' ', points: 50 }), 'en').key).toBe(
      'referralRewardedUnnamed',
    );
  });

  it('leads to her referrals', () => {
    expect(notificationLink(rewarded({ role: 'REFERRER', name: 'Léa', points: 200 }))).toEqual({
      href: '/referrals',
      key: 'seeReferrals',
    });
  });
});
