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
 * plain "new notice".
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
  | 'other';

type NotificationLike = {
  kind: string;
  data: {
    invitationId?: string;
    privateSaleId?: string;
    nameEn?: string;
    nameFr?: string;
    contestSlug?: string;
  };
};

/** The event's name in her language, else in the other one (a notice may carry only one). */
export const eventNameIn = (data: NotificationLike['data'], locale: string): string | undefined => {
  const [first, second] = locale === 'fr' ? [data.nameFr, data.nameEn] : [data.nameEn, data.nameFr];
  return first?.trim() || second?.trim() || undefined;
};

/** The title's message key and the name it takes (`{name}`), for a notice in her locale. */
export const notificationWords = (
  notification: NotificationLike,
  locale: string,
): { key: NotificationTitleKey; name: string } => {
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
 * Where a notice leads: a contest's to its page (the draw and its check), every other kind to her
 * invitations page, where it is answered (or her pass found).
 */
export const notificationLink = (
  notification: NotificationLike,
): { href: string; key: 'seeContest' | 'seeInvitations' } =>
  notification.data.contestSlug
    ? { href: `/contests/${encodeURIComponent(notification.data.contestSlug)}`, key: 'seeContest' }
    : { href: '/invitations', key: 'seeInvitations' };

/** The bell's badge: the count, or "9+" past nine so it stays a small round badge. */
export const unreadBadge = (count: number): string | null => {
  if (!Number.isFinite(count) || count <= 0) return null;
  return count > 9 ? '9+' : String(Math.floor(count));
};
