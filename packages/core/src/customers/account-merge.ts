import { type Db, Prisma, type Tx } from '@fidele/db';
import { recordAudit } from '../audit/index.ts';
import { AppError } from '../errors.ts';
import { transferPoints } from '../ledger/transfer.ts';
import { qualifyingFigure } from '../tiers/qualifying.ts';
import { getProgrammeSettings } from '../earning/index.ts';
import { CONSENT_KINDS, type ConsentChanges, type ConsentKind, setConsents } from './consents.ts';
import { customerNotFound } from './customer-not-found.ts';
import { type CustomerSummary, getCustomerSummary } from './customer.ts';

export type AccountMerge = {
  /** The account she keeps (e.g. the one she signs in to online). */
  keptId: string;
  /** Her other account (e.g. enrolled at a till with another email): it becomes a redirect. */
  mergedId: string;
  staffUserId: string;
};

export type MergedAccounts = {
  keptId: string;
  mergedId: string;
  /** What moved: spendable, pending and owed points. */
  points: { spendable: number; pending: number; debt: number };
  purchases: number;
  codes: number;
};

type MergeParty = {
  id: string;
  memberCode: string;
  phone: string | null;
  birthDate: Date | null;
  tierId: string;
  tierRank: number;
  tierAtRiskSince: Date | null;
  tierPinnedUntil: Date | null;
  tierPinReason: string | null;
  erasedAt: Date | null;
  mergedIntoId: string | null;
};

/** The account support is about to merge into the open one, as the confirmation shows it. */
export type MergeCandidate = CustomerSummary & { createdAt: Date; purchases: number };

/**
 * Her other account, by its own member code or email (not followed to an account it was merged
 * into): what support checks with her before merging. Not the open account itself, nor one
 * already merged or erased.
 */
export const findMergeCandidate = async (
  db: Db,
  input: { customerId: string; other: string },
): Promise<MergeCandidate> => {
  const other = await db.customer.findFirst({
    where: input.other.includes('@') ? { email: input.other } : { memberCode: input.other },
    select: { id: true, mergedIntoId: true, erasedAt: true, createdAt: true },
  });
  if (!other || other.erasedAt) throw customerNotFound();
  if (other.id === input.customerId) throw new AppError('merge_same_account');
  if (other.mergedIntoId) throw new AppError('customer_merged');
  const [summary, purchases] = await Promise.all([
    getCustomerSummary(db, other.id),
    db.purchase.count({ where: { customerId: other.id } }),
  ]);
  return { ...summary, createdAt: other.createdAt, purchases };
};

/**
 * Merges two accounts of one person into the kept one, in the caller's transaction. Her points
 * move through the ledger (a pair of TRANSFER movements, the lots with their dates), her
 * purchases and codes are reassigned to the kept account, the higher tier stays, the latest
 * consent decision per channel wins, and a phone or birth date the kept account lacks is taken.
 * The merged account's movements and tier history stay where they were written (the ledger is
 * never rewritten): the kept account's history reads them through the redirect, and tills find
 * her by either member code or email. The merged account is signed out and cannot sign in.
 */
export const mergeAccounts = async (tx: Tx, input: AccountMerge): Promise<MergedAccounts> => {
  if (input.keptId === input.mergedId) throw new AppError('merge_same_account');
  const parties = await lockParties(tx, input);
  const kept = parties.find((party) => party.id === input.keptId);
  const merged = parties.find((party) => party.id === input.mergedId);
  if (!kept || !merged) throw customerNotFound();
  for (const party of [kept, merged]) {
    if (party.erasedAt) throw new AppError('customer_erased');
    if (party.mergedIntoId) throw new AppError('customer_merged');
  }

  const points = await transferPoints(tx, {
    fromCustomerId: merged.id,
    toCustomerId: kept.id,
    sourceId: merged.id,
    staffUserId: input.staffUserId,
  });
  const purchases = await tx.purchase.updateMany({
    where: { customerId: merged.id },
    data: { customerId: kept.id },
  });
  const codes = await tx.discountCode.updateMany({
    where: { customerId: merged.id },
    data: { customerId: kept.id },
  });
  await tx.customer.update({
    where: { id: merged.id },
    data: {
      mergedIntoId: kept.id,
      mergedAt: new Date(),
      // Her phone and birth date now belong to the kept account if it had none.
      ...(merged.phone && !kept.phone ? { phone: null } : {}),
      ...(merged.birthDate && !kept.birthDate ? { birthDate: null } : {}),
    },
  });
  await tx.customer.update({
    where: { id: kept.id },
    data: {
      ...(merged.phone && !kept.phone ? { phone: merged.phone } : {}),
      ...(merged.birthDate && !kept.birthDate ? { birthDate: merged.birthDate } : {}),
    },
  });
  // Accounts merged into the merged one now redirect to the kept one directly.
  await tx.customer.updateMany({
    where: { mergedIntoId: merged.id },
    data: { mergedIntoId: kept.id },
  });
  if (merged.tierRank > kept.tierRank) await keepHigherTier(tx, kept, merged, input.staffUserId);
  await mergeConsents(tx, kept.id, merged.id);
  await tx.authSession.deleteMany({ where: { customerId: merged.id } });

  const result = {
    keptId: kept.id,
    mergedId: merged.id,
    points,
    purchases: purchases.count,
    codes: codes.count,
  };
  await recordAudit(tx, {
    actor: { type: 'STAFF', id: input.staffUserId },
    action: 'customer.merge',
    target: { type: 'customer', id: kept.id },
    data: {
      mergedId: merged.id,
      mergedMemberCode: merged.memberCode,
      points: points.spendable + points.pending + points.debt,
      purchases: purchases.count,
      codes: codes.count,
    },
  });
  return result;
};

/**
 * Both customers and their points, locked in one order (by id), so two merges or a merge and a
 * till's movement on either never wait on each other in a cycle.
 */
const lockParties = async (tx: Tx, input: AccountMerge): Promise<MergeParty[]> => {
  const ids = [input.keptId, input.mergedId].sort();
  await tx.$queryRaw`
    SELECT 1 FROM "Account" WHERE "customerId" IN (${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))})
    ORDER BY "customerId" FOR UPDATE`;
  return tx.$queryRaw<MergeParty[]>`
    SELECT c.id, c."memberCode", c.phone, c."birthDate", c."tierId", t.rank AS "tierRank",
           c."tierAtRiskSince", c."tierPinnedUntil", c."tierPinReason", c."erasedAt", c."mergedIntoId"
    FROM "Customer" c JOIN "Tier" t ON t.id = c."tierId"
    WHERE c.id IN (${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))})
    ORDER BY c.id FOR UPDATE OF c`;
};

/** The merged account's tier was higher: she keeps it as it stood there, with its pin if any. */
const keepHigherTier = async (
  tx: Tx,
  kept: MergeParty,
  merged: MergeParty,
  staffUserId: string,
) => {
  await tx.customer.update({
    where: { id: kept.id },
    data: {
      tierId: merged.tierId,
      tierAtRiskSince: merged.tierAtRiskSince,
      tierPinnedUntil: merged.tierPinnedUntil,
      tierPinReason: merged.tierPinReason,
    },
  });
  await tx.tierChange.create({
    data: {
      customerId: kept.id,
      fromTierId: kept.tierId,
      toTierId: merged.tierId,
      reason: 'MERGED',
      qualifyingFigure: await qualifyingFigure(
        tx,
        await getProgrammeSettings(tx),
        kept.id,
        new Date(),
      ),
      staffUserId,
      // She held that tier already: nothing to celebrate.
      celebratedAt: new Date(),
    },
  });
};

/**
 * Per channel, the latest decision she made on either account is hers now; the merged account
 * keeps none (it is never written to).
 */
const mergeConsents = async (tx: Tx, keptId: string, mergedId: string) => {
  const latest = await tx.$queryRaw<
    { customerId: string; channel: 'EMAIL' | 'SMS'; given: boolean }[]
  >`
    SELECT DISTINCT ON (channel) "customerId", channel, given FROM "ConsentChange"
    WHERE "customerId" IN (${keptId}::uuid, ${mergedId}::uuid)
    ORDER BY channel, "createdAt" DESC, ("customerId" = ${keptId}::uuid) DESC`;
  const changes: ConsentChanges = {};
  for (const decision of latest)
    if (decision.customerId === mergedId)
      changes[decision.channel.toLowerCase() as ConsentKind] = decision.given;
  await setConsents(tx, { customerId: keptId, changes, source: 'ADMIN' });
  await setConsents(tx, {
    customerId: mergedId,
    changes: Object.fromEntries(CONSENT_KINDS.map((kind) => [kind, false])),
    source: 'ADMIN',
  });
};
