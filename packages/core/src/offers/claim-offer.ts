import type { Db, Tx } from '@fidele/db';
import {
  type Answer,
  callWriteFunction,
  type IdempotencyScope,
  refuseIfRefusal,
  replayedAnswer,
  settleWithAnswer,
  type StatementOutcome,
} from '../idempotency/index.ts';
import { decideOnRead, STALE } from '../ledger/index.ts';
import { segmentRuleOf, segmentsOfCustomerAmong } from '../segments/index.ts';
import {
  decideOfferClaim,
  type OfferClaimInput,
  type OfferClaimResult,
} from './offer-claim-decision.ts';
import { type OfferClaimRead, readOfferClaim } from './offer-claim-read.ts';

/** How an offer claim is answered: its key and status, and the body made of the claim. */
export type OfferClaimAnswering<T> = {
  scope?: IdempotencyScope;
  status: number;
  respond: (claimed: OfferClaimResult) => T;
};

/**
 * Claims an offer for a customer: the per-customer limit holds under their concurrent claims, and
 * the cap under everyone's. A DISCOUNT_CODE offer issues the personal code at once, valid until the
 * offer ends; a TILL_BENEFIT offer is claimed by the till or the e-shop that applies it. Two round
 * trips and no open transaction: one read of the offer and the customer (`readOfferClaim`), the
 * offer's rules decided here (`decideOfferClaim`), then `claim_offer` takes the cap and writes the
 * claim with the key's answer if the customer's tier and claims of the offer still are as read
 * (else the claim is decided again: `decideOnRead`). An offer that targets segments takes one more
 * read, of the customer's membership of them, between the two.
 */
export async function claimOffer<T>(
  db: Db,
  input: OfferClaimInput,
  answering: OfferClaimAnswering<T>,
): Promise<Answer<T>>;
/**
 * Inside a caller's transaction or without a key: the claim itself. In a transaction a stale first
 * attempt leaves the customer's row locked, so the second is decided on what it writes over.
 */
export async function claimOffer(db: Db | Tx, input: OfferClaimInput): Promise<OfferClaimResult>;
export async function claimOffer<T>(
  client: Db | Tx,
  input: OfferClaimInput,
  answering?: OfferClaimAnswering<T>,
): Promise<Answer<T> | OfferClaimResult> {
  if (answering) return claimAnswered(client as Db, input, answering);
  const answer = await claimAnswered(client as Db, input, {
    status: 201,
    respond: (claimed) => claimed,
  });
  return answer.body;
}

const claimAnswered = async <T>(
  db: Db,
  input: OfferClaimInput,
  answering: OfferClaimAnswering<T>,
): Promise<Answer<T>> => {
  const { scope } = answering;
  const decided = await decideOnRead(db, lockCustomer(input.customerId), async (on) => {
    const now = input.now ?? new Date();
    const read = await readOfferClaim(on, input, scope);
    const replay = replayedAnswer<T>(scope, read.stored);
    if (replay) return { replay };
    const segmentIds = await segmentsOf(on, read, now);
    let claim: ReturnType<typeof decideOfferClaim>;
    try {
      claim = decideOfferClaim(read, segmentIds, input, now);
    } catch (error) {
      return { refused: error };
    }
    const answer = answering.respond(claim.claimed);
    const outcome = await callWriteFunction<StatementOutcome<T> | { stale: true }>(
      on,
      'claim_offer',
      { ...claim.call, answerStatus: answering.status, answer },
      scope,
    );
    return 'stale' in outcome ? STALE : { outcome, answer };
  });
  if ('replay' in decided) return decided.replay!;
  if ('refused' in decided) return refuseIfRefusal(db, scope, decided.refused);
  return settleWithAnswer(db, scope, decided.outcome, decided.answer);
};

/** The offer's segments the customer is in: a read only for an offer that targets segments. */
const segmentsOf = (db: Db | Tx, read: OfferClaimRead, now: Date) =>
  read.customerId && read.segments.length > 0
    ? segmentsOfCustomerAmong(
        db,
        read.customerId,
        read.segments.map(({ id, rule }) => ({ id, rule: segmentRuleOf(rule) })),
        now,
      )
    : Promise.resolve(new Set<string>());

/** What `claim_offer` locks, for the attempts made under its lock: the customer's row. */
const lockCustomer = (customerId: string) => (tx: Tx) =>
  tx.$executeRaw`SELECT 1 FROM "Customer" WHERE id = ${customerId}::uuid FOR NO KEY UPDATE`;
