import type { CustomerRouter } from '@fidele/api';
import type { inferRouterOutputs } from '@trpc/server';

/** A notice in the portal (the bell), as the portal receives it. */
export type CustomerNotification =
  inferRouterOutputs<CustomerRouter>['notifications']['list']['notifications'][number];
export type NotificationKind = CustomerNotification['kind'];

/**
 * What a notice says, as a key under `notifications.titles`: invited to an event, in for one
 * after a place freed up on its waitlist, or expected there tomorrow. Each has a wording without
 * the event's name, should a notice carry none; a kind this portal does not know yet gets a
 * plain "new notice". A referral's says the points it paid, to the member who referred a friend
 * or to the friend.
 */
export type NotificationTitleKey =
  | 'invitation'
  | 'invitationUnnamed'
  | 'waitlistPlace'
  | 'waitlistPlaceUnnamed'
  | 'reminder'
  | 'reminderUnnamed'
  | 'contestWon'
  | 'contestDrawn'
  | 'referralRewarded'
  | 'referralRewardedUnnamed'
  | 'referralWelcome'
  | 'referralWelcomeUnnamed'
  | 'other';

type NotificationLike = {
  kind: string;
  data: {
    invitationId?: string;
    privateSaleId?: string;
    nameEn?: string;
    nameFr?: string;
    contestSlug?: string;
    /** A referral's: which side she was, the other member's first name, the points paid. */
    role?: string;
    name?: string;
    points?: number;
  };
};

/** The event's name in her language, else in the other one (a notice may carry only one). */
export const eventNameIn = (data: NotificationLike['data'], locale: string): string | undefined => {
  const [first, second] = locale === 'fr' ? [data.nameFr, data.nameEn] : [data.nameEn, data.nameFr];
  return first?.trim() || second?.trim() || undefined;
};

/**
 * The title's message key and what it takes, for a notice in her locale: the name (`{name}`: the
 * event's, or the other member's for a referral) and, for a referral, its points (`{count}`).
 */
export const notificationWords = (
  notification: NotificationLike,
  locale: string,
): { key: NotificationTitleKey; name: string; count?: number } => {
  if (notification.kind === 'REFERRAL_REWARDED') {
    const { role, points } = notification.data;
    const name = notification.data.name?.trim() ?? '';
    const friend = role === 'FRIEND';
    return {
      key: name
        ? friend
          ? 'referralWelcome'
          : 'referralRewarded'
        : friend
          ? 'referralWelcomeUnnamed'
          : 'referralRewardedUnnamed',
      name,
      count: typeof points === 'number' && Number.isFinite(points) ? points : 0,
    };
  }
  const name = eventNameIn(notification.data, locale);
  switch (notification.kind) {
    case 'INVITATION':
      return { key: name ? 'invitation' : 'invitationUnnamed', name: name ?? '' };
    case 'WAITLIST_PLACE':
      return { key: name ? 'waitlistPlace' : 'waitlistPlaceUnnamed', name: name ?? '' };
    case 'INVITATION_REMINDER':
      return { key: name ? 'reminder' : 'reminderUnnamed', name: name ?? '' };
    case 'CONTEST_WON':
      return { key: 'contestWon', name: name ?? '' };
    case 'CONTEST_DRAWN':
      return { key: 'contestDrawn', name: name ?? '' };
    default:
      return { key: 'other', name: name ?? '' };
  }
};

/**
 * Where a notice leads: a contest's to its page (the draw and its check), a referral's to her
 * referrals, every other kind to her invitations page, where it is answered (or her pass found).
 */
export const notificationLink = (
  notification: NotificationLike,
): { href: string; key: 'seeContest' | 'seeReferrals' | 'seeInvitations' } => {
  if (notification.data.contestSlug)
    return {
      href: `/contests/${encodeURIComponent(notification.data.contestSlug)}`,
      key: 'seeContest',
    };
  if (notification.kind === 'REFERRAL_REWARDED') return { href: '/referrals', key: 'seeReferrals' };
  return { href: '/invitations', key: 'seeInvitations' };
};

/** The bell's badge: the count, or "9+" past nine so it stays a small round badge. */
export const unreadBadge = (count: number): string | null => {
  if (!Number.isFinite(count) || count <= 0) return null;
  return count > 9 ? '9+' : String(Math.floor(count));
};
