import type { Channel, Db, Tx } from '@fidele/db';
import { latestProgrammeConfig, programmeConfig } from '../earning/index.ts';
import {
  type Answer,
  callWriteFunction,
  type IdempotencyScope,
  refuseIfRefusal,
  replayedAnswer,
  settleOutcome,
  type StatementOutcome,
} from '../idempotency/index.ts';
import { decideOnRead, STALE } from '../ledger/index.ts';
import { readRefundContext } from './refund-context.ts';
import { decideRefund, type RefundDecision } from './refund-decision.ts';
import type { ReturnedLine } from './refund-lines.ts';

export type RefundRequest = {
  shopId: string;
  /** The key the till or e-shop sent it with, kept on the refund for the audit log. */
  apiKeyId?: string;
  purchaseExternalId: string;
  refund: { externalId: string; amount: number } | { externalId: string; lines: ReturnedLine[] };
  channel: Channel;
};

/** The answer to a refund, as the till gets it. */
export type RecordedRefund = {
  refund: {
    id: string;
    pointsClawedBack: number;
    /** Points owed back that the customer had already spent and keeps (policy CAP_AT_BALANCE). */
    pointsWrittenOff: number;
    customer?: { pointsBalance: number };
  };
};

/** How a refund is answered: its key, 201 when recorded, 200 for one the shop already sent. */
export type RefundAnswering = { scope?: IdempotencyScope; status: number; resentStatus: number };

/**
 * Records a refund of a purchase and takes back the points its refunded part earned, once per
 * (purchase, refund externalId): a resend answers the first refund. Two round trips and no open
 * transaction: one read of everything the refund is decided on (`readRefundContext`), the
 * decision in TypeScript (its amount, the points it owes, the reversal: `decideRefund`), then
 * `record_refund` writes it all with the Idempotency-Key's answer, after checking under the
 * purchase's lock, then its customer's, that neither changed since the read; if one did (another
 * refund of the purchase, another movement of the customer got in between), the refund is decided
 * again (`decideOnRead`), so concurrent refunds of one purchase never pass its amount.
 */
export async function refundPurchase(
  db: Db,
  request: RefundRequest,
  answering?: RefundAnswering,
): Promise<Answer<RecordedRefund>>;
/** Inside a caller's transaction: no Idempotency-Key, which needs the root client. */
export async function refundPurchase(
  tx: Tx,
  request: RefundRequest,
): Promise<Answer<RecordedRefund>>;
export async function refundPurchase(
  client: Db | Tx,
  request: RefundRequest,
  answering: RefundAnswering = { status: 201, resentStatus: 200 },
): Promise<Answer<RecordedRefund>> {
  const db = client as Db;
  const { scope } = answering;
  const decided = await decideOnRead(db, lockPurchase(request), async (on) => {
    const latest = await latestProgrammeConfig(on);
    const context = await readRefundContext(
      on,
      { ...request, refundExternalId: request.refund.externalId },
      scope,
    );
    const replay = replayedAnswer<RecordedRefund>(scope, context.stored);
    if (replay) return { replay };
    const purchase = context.purchase;
    if (purchase?.customer && context.configStamp !== latest.stamp) {
      await programmeConfig(on, context.configStamp);
      return STALE;
    }
    let decision: RefundDecision;
    try {
      decision = decideRefund({
        request,
        purchase,
        refundPolicy: latest.config.settings.refundPolicy,
        expectedStamp: latest.stamp,
        status: answering.status,
        resentStatus: answering.resentStatus,
      });
    } catch (error) {
      return { refused: error };
    }
    const outcome = await callWriteFunction<StatementOutcome<RecordedRefund> | { stale: true }>(
      on,
      'record_refund',
      decision.call,
      scope,
    );
    return 'stale' in outcome ? STALE : { outcome };
  });
  if ('replay' in decided) return decided.replay!;
  if ('refused' in decided) return refuseIfRefusal(db, scope, decided.refused);
  return settleOutcome(db, scope, decided.outcome);
}

/**
 * What `record_refund` locks, in its order, for the attempts made under its locks: the purchase,
 * then its customer's points account (none for a purchase without a customer).
 */
const lockPurchase =
  ({ shopId, purchaseExternalId }: RefundRequest) =>
  (tx: Tx) =>
    tx.$executeRaw`
      SELECT 1 FROM "Account" a
      WHERE a."customerId" = (SELECT p."customerId" FROM "Purchase" p
                              WHERE p."shopId" = ${shopId}::uuid AND p."externalId" = ${purchaseExternalId}
                              FOR UPDATE)
      FOR UPDATE`;
