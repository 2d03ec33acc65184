import type { Channel, Db } from '@fidele/db';
import { type EarnRuleData, getProgrammeSettings, loadEarnRules } from '../earning/index.ts';
import { knownAddress } from './fraud-checks.ts';
import { mostGenerousFirst, paysReferrals } from './referral-rule.ts';
import { type ReferralProgress, referralProgress, rewardDueAt } from './friend-status.ts';

/** What referring a friend pays today, from the programme's live REFERRAL_BONUS rule. */
export type ReferralOffer = {
  referrerPoints: number;
  friendPoints: number;
  /** The friend's first purchase must reach this, in minor units of EUR (0: any purchase). */
  minAmount: number;
  /** Where that purchase counts; empty: every channel. */
  channels: Channel[];
};

export type ReferralFriend = {
  id: string;
  firstName: string;
  /** Friends are named to each other by first name and initial only. */
  lastInitial: string | null;
  joinedAt: Date;
  progress: ReferralProgress;
  /** The points this referral pays (or paid) the member; null until a purchase qualified. */
  points: number | null;
  /** When they arrive, while ON_ITS_WAY. */
  rewardDue: Date | null;
};

export type MemberReferrals = {
  /** Her code as stored (`formatReferralCode` shows it in two groups). */
  code: string;
  offer: ReferralOffer | null;
  friends: ReferralFriend[];
  /** Points her friends' referrals paid her and she kept. */
  earned: number;
  /** The member who referred her, and what her own first purchase pays her. */
  referredBy: Omit<ReferralFriend, 'id' | 'joinedAt'> | null;
};

const initialOf = (lastName: string | null) =>
  (lastName ? lastName.trim().charAt(0) : null) || null;

/**
 * A member's referral page: her code, what a referral pays, the friends who joined through her
 * and where each stands, and who referred her. Opening it records where she is (address, device):
 * a friend who then signs up from the same place is held for review.
 */
export const getMemberReferrals = async (
  db: Db,
  customerId: string,
  seen: { ipAddress?: string; device?: string } = {},
): Promise<MemberReferrals> => {
  const ipAddress = knownAddress(seen.ipAddress) ?? null;
  const device = seen.device ?? null;
  if (ipAddress || device)
    await db.$executeRaw`
      UPDATE "Customer" SET "referralIpAddress" = COALESCE(${ipAddress}, "referralIpAddress"),
                            "referralDevice" = COALESCE(${device}, "referralDevice")
      WHERE id = ${customerId}::uuid
        AND ("referralIpAddress" IS DISTINCT FROM COALESCE(${ipAddress}, "referralIpAddress")
             OR "referralDevice" IS DISTINCT FROM COALESCE(${device}, "referralDevice"))`;
  const [member, rules, settings] = await Promise.all([
    db.customer.findUniqueOrThrow({
      where: { id: customerId },
      select: {
        referralCode: true,
        referralsMade: {
          orderBy: { createdAt: 'desc' },
          take: 200,
          select: {
            ...referralFields,
            friend: { select: { id: true, firstName: true, lastName: true } },
          },
        },
        referredBy: {
          select: {
            ...referralFields,
            referrer: { select: { firstName: true, lastName: true } },
          },
        },
      },
    }),
    loadEarnRules(db),
    getProgrammeSettings(db),
  ]);
  const due = (referral: { qualifiedAt: Date | null }, progress: ReferralProgress) =>
    progress === 'ON_ITS_WAY' && referral.qualifiedAt
      ? rewardDueAt(referral.qualifiedAt, settings.pendingDays)
      : null;
  const friends = member.referralsMade.map((referral): ReferralFriend => {
    const progress = referralProgress(referral);
    return {
      id: referral.friend.id,
      firstName: referral.friend.firstName,
      lastInitial: initialOf(referral.friend.lastName),
      joinedAt: referral.createdAt,
      progress,
      points: referral.qualifiedAt ? referral.referrerPoints : null,
      rewardDue: due(referral, progress),
    };
  });
  const own = member.referredBy;
  const ownProgress = own && referralProgress(own);
  return {
    code: member.referralCode,
    offer: offerOf(rules),
    friends,
    earned: friends.reduce(
      (sum, friend) => (friend.progress === 'REWARDED' ? sum + (friend.points ?? 0) : sum),
      0,
    ),
    referredBy:
      own && ownProgress
        ? {
            firstName: own.referrer.firstName,
            lastInitial: initialOf(own.referrer.lastName),
            progress: ownProgress,
            points: own.qualifiedAt ? own.friendPoints : null,
            rewardDue: due(own, ownProgress),
          }
        : null,
  };
};

const referralFields = {
  status: true,
  purchaseRefundedAt: true,
  qualifiedAt: true,
  referrerPoints: true,
  friendPoints: true,
  createdAt: true,
} as const;

/** The live rule that pays the most, as the page advertises it. */
const offerOf = (rules: readonly EarnRuleData[]): ReferralOffer | null => {
  const now = new Date();
  const rule = rules
    .filter(
      (candidate) =>
        paysReferrals(candidate) &&
        (!candidate.startsAt || candidate.startsAt <= now) &&
        (!candidate.endsAt || candidate.endsAt > now),
    )
    .sort(mostGenerousFirst)[0];
  return rule
    ? {
        referrerPoints: rule.points ?? 0,
        friendPoints: rule.friendPoints ?? 0,
        minAmount: rule.minAmount ?? 0,
        channels: rule.channels,
      }
    : null;
};
