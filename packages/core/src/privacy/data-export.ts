import type { Db, Tx } from '@fidele/db';
import { type AuditEntry, recordAudit } from '../audit/index.ts';
import { customerNotFound } from '../customers/customer-not-found.ts';
import { debtAccountCode, pendingAccountCode } from '../ledger/index.ts';

/** Bumped when the export's shape changes, so a reader knows which one it holds. */
export const DATA_EXPORT_VERSION = 1;

/** One account's data, as the export gives it. */
const readCustomerData = async (tx: Tx, customerId: string) => {
  const customer = await tx.customer.findUnique({
    where: { id: customerId },
    select: {
      id: true,
      memberCode: true,
      email: true,
      emailVerified: true,
      phone: true,
      firstName: true,
      lastName: true,
      birthDate: true,
      locale: true,
      referralCode: true,
      signUpSource: true,
      signUpContest: { select: { slug: true } },
      homeShop: { select: { name: true } },
      tier: { select: { code: true, name: true } },
      tierPinnedUntil: true,
      channelsUsed: true,
      lastPurchaseAt: true,
      emailConsentAt: true,
      smsConsentAt: true,
      createdAt: true,
    },
  });
  if (!customer) throw customerNotFound();
  const mine = { customerId };
  const [
    accounts,
    consents,
    movements,
    pointLots,
    purchases,
    codes,
    offerClaims,
    invitations,
    gamePlays,
    contestEntries,
    referralsMade,
    referredBy,
    tierChanges,
    notifications,
    messages,
  ] = await Promise.all([
    tx.account.findMany({
      where: {
        OR: [
          { customerId },
          { code: { in: [pendingAccountCode(customerId), debtAccountCode(customerId)] } },
        ],
      },
      select: { kind: true, balance: true },
    }),
    tx.consentChange.findMany({
      where: mine,
      orderBy: { createdAt: 'asc' },
      select: { channel: true, given: true, source: true, text: true, createdAt: true },
    }),
    tx.movement.findMany({
      where: mine,
      orderBy: { seq: 'asc' },
      select: {
        id: true,
        type: true,
        channel: true,
        points: true,
        qualifying: true,
        sourceType: true,
        sourceId: true,
        reason: true,
        customerReason: true,
        createdAt: true,
      },
    }),
    tx.pointLot.findMany({
      where: mine,
      orderBy: { createdAt: 'asc' },
      select: {
        movementId: true,
        points: true,
        remaining: true,
        pendingUntil: true,
        expiresAt: true,
      },
    }),
    tx.purchase.findMany({
      where: mine,
      orderBy: { occurredAt: 'asc' },
      select: {
        id: true,
        externalId: true,
        shop: { select: { name: true } },
        channel: true,
        amount: true,
        currency: true,
        occurredAt: true,
        lines: true,
        pointsEarned: true,
        earnDetail: true,
        claimedAt: true,
        refundedAmount: true,
        pointsClawedBack: true,
        refunds: {
          orderBy: { createdAt: 'asc' },
          select: {
            externalId: true,
            amount: true,
            lines: true,
            pointsClawedBack: true,
            createdAt: true,
          },
        },
      },
    }),
    tx.discountCode.findMany({
      where: mine,
      orderBy: { createdAt: 'asc' },
      select: {
        code: true,
        status: true,
        reward: { select: { nameEn: true, nameFr: true } },
        offer: { select: { titleEn: true, titleFr: true } },
        discountType: true,
        discountValue: true,
        discountCap: true,
        currency: true,
        minBasket: true,
        channels: true,
        pointsCost: true,
        validFrom: true,
        validUntil: true,
        createdAt: true,
        redeemedAt: true,
        cancelledAt: true,
        cancelReason: true,
        redemptions: {
          select: {
            shop: { select: { name: true } },
            channel: true,
            status: true,
            basketAmount: true,
            amountOff: true,
            currency: true,
            createdAt: true,
            rolledBackAt: true,
          },
        },
      },
    }),
    tx.offerClaim.findMany({
      where: mine,
      orderBy: { createdAt: 'asc' },
      select: {
        offer: { select: { titleEn: true, titleFr: true } },
        channel: true,
        shop: { select: { name: true } },
        code: { select: { code: true } },
        createdAt: true,
      },
    }),
    tx.invitation.findMany({
      where: mine,
      orderBy: { createdAt: 'asc' },
      select: {
        privateSale: { select: { kind: true, nameEn: true, nameFr: true, startsAt: true } },
        code: true,
        status: true,
        answeredAt: true,
        waitlistedAt: true,
        checkedInAt: true,
        checkedInShop: { select: { name: true } },
        createdAt: true,
      },
    }),
    tx.gamePlay.findMany({
      where: mine,
      orderBy: { playedAt: 'asc' },
      select: {
        game: { select: { titleEn: true, titleFr: true } },
        playedAt: true,
        prizeId: true,
        points: true,
        code: { select: { code: true } },
        ip: true,
        device: true,
        voidedAt: true,
        voidReason: true,
      },
    }),
    tx.contestEntry.findMany({
      where: mine,
      orderBy: { createdAt: 'asc' },
      select: {
        contest: { select: { slug: true, titleEn: true, titleFr: true } },
        network: true,
        postUrl: true,
        handle: true,
        email: true,
        source: true,
        status: true,
        rejectReason: true,
        createdAt: true,
        winner: { select: { pick: true, disqualifiedAt: true, disqualifyReason: true } },
      },
    }),
    tx.referral.findMany({
      where: { referrerId: customerId },
      orderBy: { createdAt: 'asc' },
      select: {
        ...referralSelect,
        friend: { select: { firstName: true, lastName: true } },
      },
    }),
    tx.referral.findUnique({
      where: { friendId: customerId },
      select: {
        ...referralSelect,
        ipAddress: true,
        device: true,
        referrer: { select: { firstName: true, lastName: true } },
      },
    }),
    tx.tierChange.findMany({
      where: mine,
      orderBy: { createdAt: 'asc' },
      select: {
        fromTier: { select: { code: true } },
        toTier: { select: { code: true } },
        reason: true,
        qualifyingFigure: true,
        note: true,
        createdAt: true,
      },
    }),
    tx.notification.findMany({
      where: mine,
      orderBy: { createdAt: 'asc' },
      select: { kind: true, data: true, readAt: true, createdAt: true },
    }),
    tx.message.findMany({
      where: mine,
      orderBy: { createdAt: 'asc' },
      select: {
        channel: true,
        kind: true,
        marketing: true,
        status: true,
        sentTo: true,
        summary: true,
        sentAt: true,
        deliveredAt: true,
        openedAt: true,
        clickedAt: true,
        unsubscribedAt: true,
        createdAt: true,
      },
    }),
  ]);
  return {
    customer,
    balances: Object.fromEntries(accounts.map((account) => [account.kind, account.balance])),
    consents,
    movements,
    pointLots,
    purchases,
    codes,
    offerClaims,
    invitations,
    gamePlays,
    contestEntries,
    referrals: { made: referralsMade, referredBy },
    tierChanges,
    notifications,
    messages,
  };
};

/**
 * Everything the programme holds about one customer, as she (or the owner, on her request) may
 * download it: her profile and consents, every point movement, her purchases and their refunds,
 * codes and their redemptions, offers claimed, invitations, game plays, contest entries and
 * wins, referrals, notices and the messages sent to her. Machine-readable JSON, read in one
 * transaction so its parts agree, and audited (`customer.data_export`, by her or by staff).
 * Not included: what is no data about her but a key to her account (password hash, the member
 * card's secret, session ids). Accounts of hers support merged into this one come with it
 * (`mergedAccounts`), each as her own account's data.
 */
export const exportCustomerData = async (db: Db, customerId: string, actor: AuditEntry['actor']) =>
  db.$transaction(
    async (tx) => {
      // Audited first: a customer who is not there answers not found, and nothing is kept.
      await recordAudit(tx, {
        actor,
        action: 'customer.data_export',
        target: { type: 'customer', id: customerId },
      });
      // Her accounts merged into this one hold her data too (their movements stay where written).
      const merged = await tx.customer.findMany({
        where: { mergedIntoId: customerId },
        orderBy: { mergedAt: 'asc' },
        select: { id: true },
      });
      return {
        format: 'fidele-customer-data',
        version: DATA_EXPORT_VERSION,
        exportedAt: new Date(),
        ...(await readCustomerData(tx, customerId)),
        mergedAccounts: await Promise.all(merged.map(({ id }) => readCustomerData(tx, id))),
      };
    },
    { isolationLevel: 'RepeatableRead' },
  );

const referralSelect = {
  via: true,
  status: true,
  holds: true,
  referrerPoints: true,
  friendPoints: true,
  qualifiedAt: true,
  rewardedAt: true,
  reversedAt: true,
  decisionReason: true,
  createdAt: true,
} as const;

export type CustomerDataExport = Awaited<ReturnType<typeof exportCustomerData>>;
