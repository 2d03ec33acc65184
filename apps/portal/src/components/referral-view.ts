import type { CustomerRouter } from '@fidele/api';
import { formatReferralCode, readReferralCode } from '@fidele/validators/referral-code';
import type { inferRouterOutputs } from '@trpc/server';

/** Her referral page as the portal receives it (`referrals.mine`). */
export type MemberReferrals = inferRouterOutputs<CustomerRouter>['referrals']['mine'];
export type ReferralOffer = NonNullable<MemberReferrals['offer']>;
export type ReferralProgress = MemberReferrals['friends'][number]['progress'];
type HistoryMovement = inferRouterOutputs<CustomerRouter>['movements']['items'][number];

/** The link a friend signs up through: the portal's sign-up page with her code (`?r=`). */
export const referralLink = (portalUrl: string, code: string): string => {
  const url = new URL('/sign-up', portalUrl);
  url.searchParams.set('r', code);
  return url.toString();
};

/**
 * The ways to send the invitation that need no third party's script: links WhatsApp, the mail
 * app and the SMS app open with the message written in. The words are encoded as URI components
 * (a space is `%20`: mail apps show a `+` as it is).
 */
export const shareLinks = ({
  text,
  link,
  subject,
}: {
  text: string;
  link: string;
  subject: string;
}): { message: string; whatsapp: string; email: string; sms: string } => {
  const message = `${text} ${link}`;
  const body = encodeURIComponent(message);
  return {
    message,
    whatsapp: `https://wa.me/?text=${body}`,
    email: `mailto:?subject=${encodeURIComponent(subject)}&body=${body}`,
    // `sms:?&body=` is the form both iOS and Android open with the body filled in.
    sms: `sms:?&body=${body}`,
  };
};

/** A code as a link may carry it (`?r=`): loosely checked, the sign-up validates it for real. */
const LINK_CODE = /^[A-Za-z0-9-]{4,32}$/;

/**
 * The referral code of the link she came through, and how to show it ("K3QF-7XMP"); nothing when
 * the link carries none, or something that cannot be a code. A code the programme would not
 * accept is still carried (the form then says so on its field), shown as it came.
 */
export const invitedCode = (
  r: string | string[] | undefined,
): { code: string; display: string } | undefined => {
  if (typeof r !== 'string' || !LINK_CODE.test(r)) return undefined;
  const code = readReferralCode(r);
  return { code: r, display: code ? formatReferralCode(code) : r.toUpperCase() };
};

/** Two spellings of one code (case, spaces, dash): the same code for the programme. */
export const sameReferralCode = (a: string, b: string): boolean => {
  const [left, right] = [readReferralCode(a), readReferralCode(b)];
  return left && right ? left === right : a.trim().toUpperCase() === b.trim().toUpperCase();
};

/**
 * What a referral pays, as the page says it: to both, to the friend only, to her only, or (no
 * live rule, or one paying nobody) nothing worth a promise: "invite friends to join".
 * `where`: the channels the friend's first purchase counts in; `minAmount` null: any purchase.
 */
export type ReferralOfferTerms =
  | { kind: 'none' }
  | {
      kind: 'both' | 'friendOnly' | 'youOnly';
      friendPoints: number;
      referrerPoints: number;
      minAmount: number | null;
      where: 'anywhere' | 'STORE' | 'ESHOP';
    };

export const referralOfferTerms = (offer: ReferralOffer | null): ReferralOfferTerms => {
  if (!offer) return { kind: 'none' };
  const friend = Math.max(0, offer.friendPoints);
  const you = Math.max(0, offer.referrerPoints);
  if (friend === 0 && you === 0) return { kind: 'none' };
  const store = offer.channels.includes('STORE');
  const eshop = offer.channels.includes('ESHOP');
  return {
    kind: friend > 0 && you > 0 ? 'both' : friend > 0 ? 'friendOnly' : 'youOnly',
    friendPoints: friend,
    referrerPoints: you,
    minAmount: offer.minAmount > 0 ? offer.minAmount : null,
    where: store === eshop ? 'anywhere' : store ? 'STORE' : 'ESHOP',
  };
};

/**
 * Where a referral stands, as a key of the page's `progress` messages: points on their way say
 * when they arrive if it is known, rewarded ones how many they were. A qualified referral that
 * pays this side nothing (an offer for the friend only, say) just says the purchase was made.
 */
export type ProgressKey =
  'waiting' | 'review' | 'onItsWay' | 'onItsWayOn' | 'rewarded' | 'purchased' | 'notEligible';

export const progressKey = (referral: {
  progress: ReferralProgress;
  points: number | null;
  rewardDue: Date | null;
}): ProgressKey => {
  switch (referral.progress) {
    case 'WAITING_PURCHASE':
      return 'waiting';
    case 'UNDER_REVIEW':
      return 'review';
    case 'ON_ITS_WAY':
      if (referral.points === 0) return 'purchased';
      return referral.rewardDue ? 'onItsWayOn' : 'onItsWay';
    case 'REWARDED':
      return referral.points ? 'rewarded' : 'purchased';
    case 'NOT_ELIGIBLE':
      return 'notEligible';
  }
};

/** The badge's tone for where a referral stands. */
export const progressTone = (
  progress: ReferralProgress,
): 'neutral' | 'warning' | 'info' | 'success' => {
  switch (progress) {
    case 'WAITING_PURCHASE':
    case 'NOT_ELIGIBLE':
      return 'neutral';
    case 'UNDER_REVIEW':
      return 'warning';
    case 'ON_ITS_WAY':
      return 'info';
    case 'REWARDED':
      return 'success';
  }
};

/** "Léa M." (or "Léa" without a last name): how friends are named to each other. */
export const friendName = (friend: { firstName: string; lastInitial: string | null }): string =>
  friend.lastInitial
    ? `${friend.firstName} ${friend.lastInitial.toUpperCase()}.`
    : friend.firstName;

/** A referral's movements (core's referral sources): hers for a friend, or hers for joining. */
const REFERRAL_SOURCES = new Set(['REFERRAL_REFERRER', 'REFERRAL_FRIEND']);

/**
 * A referral's movement in her words: the friend who joined through her, or the member whose
 * referral welcomed her, by name; taken back when the friend's first purchase was returned.
 */
export const referralMovementWords = (
  movement: Pick<HistoryMovement, 'type' | 'sourceType' | 'referral'>,
):
  | { key: 'referralReversed' | 'referralReferrerUnnamed' | 'referralFriendUnnamed' }
  | { key: 'referralReferrer' | 'referralFriend'; name: string }
  | undefined => {
  if (!REFERRAL_SOURCES.has(movement.sourceType)) return undefined;
  if (movement.type === 'REVERSAL') return { key: 'referralReversed' };
  const referrer = movement.sourceType === 'REFERRAL_REFERRER';
  const name = movement.referral?.name.trim();
  if (!name) return { key: referrer ? 'referralReferrerUnnamed' : 'referralFriendUnnamed' };
  return { key: referrer ? 'referralReferrer' : 'referralFriend', name };
};
