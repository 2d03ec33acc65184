import type { CustomerRouter } from '@fidele/api';
import type { inferRouterOutputs } from '@trpc/server';
import { appCodeOf } from './claim-error.ts';

/** An invitation to a private sale, preview or workshop, as the portal receives it. */
export type CustomerInvitation = inferRouterOutputs<CustomerRouter>['invitations']['list'][number];
export type InvitationStatus = CustomerInvitation['status'];
export type EventPhase = CustomerInvitation['privateSale']['phase'];

type InvitationLike = {
  status: InvitationStatus;
  /** Set while a place freed up from the waitlist waits for her to confirm it. */
  offerExpiresAt?: Date | string | null;
  privateSale: { phase: EventPhase; full: boolean; shop: unknown };
};

/** A place freed up for her from the waitlist, hers if she confirms it in time. */
export const isOffered = (invitation: InvitationLike): boolean =>
  invitation.status === 'ACCEPTED' && Boolean(invitation.offerExpiresAt);

/** An event that has ended, or was withdrawn, takes no more answers: it is shown as past. */
export const isPast = (phase: EventPhase): boolean => phase === 'ended' || phase === 'archived';

/** The page's groups, in order: what is still to come (or on now), then what is over. */
export type InvitationGroup = 'upcoming' | 'past';

export const INVITATION_GROUPS: readonly InvitationGroup[] = ['upcoming', 'past'];

/** The invitations of one group, in the server's order (the soonest first). */
export const invitationsIn = <T extends InvitationLike>(
  invitations: readonly T[],
  group: InvitationGroup,
): T[] =>
  invitations.filter((invitation) => isPast(invitation.privateSale.phase) === (group === 'past'));

/** What the card says of her answer: a key under `invitations.status`. */
export type InvitationLine =
  'invited' | 'offered' | 'accepted' | 'waitlisted' | 'declined' | 'lapsed' | 'checkedIn' | 'over';

export const invitationLine = (invitation: InvitationLike): InvitationLine => {
  const { status } = invitation;
  if (status === 'CHECKED_IN') return 'checkedIn';
  if (status === 'DECLINED') return 'declined';
  if (isPast(invitation.privateSale.phase)) return 'over';
  if (status === 'LAPSED') return 'lapsed';
  if (isOffered(invitation)) return 'offered';
  if (status === 'ACCEPTED') return 'accepted';
  if (status === 'WAITLISTED') return 'waitlisted';
  return 'invited';
};

/**
 * The answers a card offers, as keys of their button labels: accept or decline a new invitation,
 * confirm or give up a place freed up for her, give up a place or a spot on the waitlist, change
 * her mind after declining (or after a freed place passed on). Nothing once she is checked in or
 * the event is over (the server would refuse it).
 */
export type InvitationAction = 'accept' | 'confirm' | 'decline' | 'acceptAfterAll';

export const invitationActions = (invitation: InvitationLike): InvitationAction[] => {
  if (isPast(invitation.privateSale.phase)) return [];
  switch (invitation.status) {
    case 'INVITED':
      return ['accept', 'decline'];
    case 'ACCEPTED':
      return isOffered(invitation) ? ['confirm', 'decline'] : ['decline'];
    case 'WAITLISTED':
      return ['decline'];
    case 'DECLINED':
    case 'LAPSED':
      return ['acceptAfterAll'];
    case 'CHECKED_IN':
      return [];
  }
};

/** Whether the action says yes to the invitation. */
export const accepts = (action: InvitationAction): boolean => action !== 'decline';

/** Every place is taken and she could still accept: accepting puts her on the waitlist. */
export const warnsFull = (invitation: InvitationLike): boolean =>
  invitation.privateSale.full && invitationActions(invitation).some(accepts);

/**
 * Her pass, the QR code of her invitation: once she has a place at an event still to come or on
 * now, held in a shop (a till checks her in at its door; an online event has no door).
 */
export const showsPass = (invitation: InvitationLike): boolean =>
  invitation.status === 'ACCEPTED' &&
  !isPast(invitation.privateSale.phase) &&
  invitation.privateSale.shop !== null;

/** An online event she has a place at, still to come or on now: its access page is hers. */
export const opensOnline = (invitation: InvitationLike): boolean =>
  (invitation.status === 'ACCEPTED' || invitation.status === 'CHECKED_IN') &&
  !isOffered(invitation) &&
  !isPast(invitation.privateSale.phase) &&
  invitation.privateSale.shop === null;

/** What the server made of her answer, as a key under `invitations.result`. */
export const answerResultKey = (
  status: 'ACCEPTED' | 'WAITLISTED' | 'DECLINED' | 'LAPSED',
): 'accepted' | 'waitlisted' | 'declined' | 'lapsed' => {
  if (status === 'ACCEPTED') return 'accepted';
  if (status === 'LAPSED') return 'lapsed';
  return status === 'WAITLISTED' ? 'waitlisted' : 'declined';
};

const ANSWER_ERRORS = {
  invitation_not_found: 'notFound',
  private_sale_over: 'over',
  already_checked_in: 'checkedIn',
} as const;

/**
 * Why an answer was refused, as a key under `invitations.errors`; anything else (the network, a
 * code of another domain) is `generic`. The server's own words are never shown.
 */
export const answerErrorKey = (
  error: unknown,
): (typeof ANSWER_ERRORS)[keyof typeof ANSWER_ERRORS] | 'generic' => {
  const code = appCodeOf(error);
  return code && Object.hasOwn(ANSWER_ERRORS, code)
    ? ANSWER_ERRORS[code as keyof typeof ANSWER_ERRORS]
    : 'generic';
};

/** The event's name and text in her language (French for `fr`, English otherwise). */
export const eventWords = (
  sale: { nameEn: string; nameFr: string; textEn: string; textFr: string },
  locale: string,
): { name: string; text: string } =>
  locale === 'fr'
    ? { name: sale.nameFr, text: sale.textFr }
    : { name: sale.nameEn, text: sale.textEn };

/**
 * When the event runs, in her locale and the programme's time zone, the day said once when it
 * starts and ends on the same day ("Dec 7, 2026, 6:00 – 9:00 PM").
 */
export const formatEventDates = (
  startsAt: Date | string,
  endsAt: Date | string,
  locale: string,
  timeZone?: string,
): string =>
  new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).formatRange(new Date(startsAt), new Date(endsAt));
