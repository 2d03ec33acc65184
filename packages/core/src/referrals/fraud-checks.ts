import type { ReferralHold } from '@fidele/db';

/**
 * The mailbox an address delivers to, as far as anyone can tell from outside: the case, the dots
 * of the local part and a `+tag` do not change it at the large providers, so `Camille.D+2@gmail.com`
 * and `camilled@googlemail.com` are one person for a referral.
 */
export const mailboxOf = (email: string): string => {
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at).toLowerCase().replace(/\+.*$/, '').replace(/\./g, '');
  const domain = email.slice(at + 1).toLowerCase();
  return `${local}@${domain === 'googlemail.com' ? 'gmail.com' : domain}`;
};

/** A client address the portal really saw (not the loopback a request without a proxy shows). */
export const knownAddress = (address: string | null | undefined): string | undefined =>
  address && address !== 'unknown' && !/^(127\.|::1$|::ffff:127\.)/.test(address)
    ? address
    : undefined;

export type ReferralParty = {
  email: string;
  phone: string | null;
  ipAddress?: string | null;
  device?: string | null;
};

export type ReferralCheck = {
  referrer: ReferralParty;
  friend: ReferralParty;
  /** Where the referrer's other friends of the last 30 days signed up from. */
  otherFriends: { ipAddress: string | null; device: string | null }[];
  /** Friends she brought in the last 7 days, before this one. */
  lastWeek: number;
  /** The programme's `referralsPerWeek`. */
  perWeek: number;
};

/**
 * Why a referral must wait for a person's review, if it must: the friend looks like the referrer
 * (same mailbox, phone, browser or address), or like another of her friends (one person opening
 * accounts for the reward), or the referrer brought more friends this week than the programme
 * allows. An address or device the portal did not know proves nothing and is not compared.
 */
export const referralHolds = (check: ReferralCheck): ReferralHold[] => {
  const { referrer, friend } = check;
  const holds: ReferralHold[] = [];
  if (mailboxOf(friend.email) === mailboxOf(referrer.email)) holds.push('SAME_EMAIL');
  if (friend.phone && friend.phone === referrer.phone) holds.push('SAME_PHONE');
  const seen = [referrer, ...check.otherFriends];
  if (friend.device && seen.some((party) => party.device === friend.device))
    holds.push('SAME_DEVICE');
  const address = knownAddress(friend.ipAddress);
  if (address && seen.some((party) => knownAddress(party.ipAddress) === address))
    holds.push('SAME_IP');
  if (check.lastWeek >= check.perWeek) holds.push('WEEKLY_LIMIT');
  return holds;
};
