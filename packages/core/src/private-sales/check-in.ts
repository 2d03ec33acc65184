import type { Db } from '@fidele/db';
import { AppError } from '../errors.ts';
import {
  type Answer,
  callWriteFunction,
  type IdempotencyScope,
  settleOutcome,
  type StatementOutcome,
} from '../idempotency/index.ts';
import { debtAccountCode, planMovement, plannedMovement } from '../ledger/index.ts';

export type CheckedIn = {
  invitation: {
    id: string;
    status: 'CHECKED_IN';
    checkedInAt: string;
    privateSale: { id: string; name: string };
    customer: { firstName: string; tier: { code: string; name: string } };
    /** The event's check-in points, credited to her (channel STORE); 0 when it gives none. */
    pointsEarned: number;
  };
};

/** The points of an invitation's check-in, where a movement's source names it. */
export const CHECK_IN_SOURCE = 'INVITATION';

/** What `check_in_invitation` needs planned before it can give an event's check-in points. */
type PointsToPlan = {
  plan: { customerId: string; invitationId: string; points: number; debt: number };
};

// A plan goes stale only when her debt changed in between (a refund): this many tries is plenty.
const PLANS_TRIED = 5;

/** Codes are printed in capitals; a till's scanner or a cashier may send them otherwise. */
export const normalizeInvitationCode = (code: string) => code.trim().toUpperCase();

/**
 * A till checks an invitation in, by the code its QR carries, in one round trip
 * (`check_in_invitation`): the invitation locked, so one scanned on two tills at once checks in
 * once; refused when unknown (`invitation_not_found`), for another shop's event
 * (`invitation_not_for_this_shop`), outside the event's hours (`private_sale_not_open`), already
 * in (`already_checked_in`, with when), or without a place left for one who had not accepted
 * (`private_sale_full`). The answer is kept under the Idempotency-Key in the same statement. An
 * event that gives check-in points credits them through the ledger with the check-in, once: its
 * first call answers what the movement's plan needs, the second writes both (see the migration).
 */
export const checkInInvitation = async (
  db: Db,
  input: { code: string; shopId: string; at?: Date },
  answering: { scope?: IdempotencyScope; status: number },
): Promise<Answer<CheckedIn>> => {
  const call = (earning: object) =>
    callWriteFunction<StatementOutcome<CheckedIn> | PointsToPlan>(
      db,
      'check_in_invitation',
      {
        code: normalizeInvitationCode(input.code),
        shopId: input.shopId,
        at: (input.at ?? new Date()).toISOString(),
        answerStatus: answering.status,
        debtPrefix: debtAccountCode(''),
        ...earning,
      },
      answering.scope,
    );
  let outcome = await call({});
  for (let tried = 0; 'plan' in outcome; tried++) {
    if (tried === PLANS_TRIED) throw new AppError('service_unavailable');
    const { customerId, invitationId, points, debt } = outcome.plan;
    const plan = planMovement({ points }, { spendable: 0, pending: 0, debt });
    outcome = await call({
      debt,
      earn: plannedMovement(customerId, 'EARN', 'STORE', plan, {
        points,
        sourceType: CHECK_IN_SOURCE,
        sourceId: invitationId,
        qualifying: false,
      }),
    });
  }
  return settleOutcome(db, answering.scope, outcome);
};
