import type { Db } from '@fidele/db';
import {
  type Answer,
  callWriteFunction,
  type IdempotencyScope,
  settleOutcome,
  type StatementOutcome,
} from '../idempotency/index.ts';

export type CheckedIn = {
  invitation: {
    id: string;
    status: 'CHECKED_IN';
    checkedInAt: string;
    privateSale: { id: string; name: string };
    customer: { firstName: string; tier: { code: string; name: string } };
  };
};

/** Codes are printed in capitals; a till's scanner or a cashier may send them otherwise. */
export const normalizeInvitationCode = (code: string) => code.trim().toUpperCase();

/**
 * A till checks an invitation in, by the code its QR carries, in one round trip
 * (`check_in_invitation`): the invitation locked, so one scanned on two tills at once checks in
 * once; refused when unknown (`invitation_not_found`), for another shop's event
 * (`invitation_not_for_this_shop`), outside the event's hours (`private_sale_not_open`), already
 * in (`already_checked_in`, with when), or without a place left for one who had not accepted
 * (`private_sale_full`). The answer is kept under the Idempotency-Key in the same statement.
 */
export const checkInInvitation = async (
  db: Db,
  input: { code: string; shopId: string; at?: Date },
  answering: { scope?: IdempotencyScope; status: number },
): Promise<Answer<CheckedIn>> => {
  const outcome = await callWriteFunction<StatementOutcome<CheckedIn>>(
    db,
    'check_in_invitation',
    {
      code: normalizeInvitationCode(input.code),
      shopId: input.shopId,
      at: (input.at ?? new Date()).toISOString(),
      answerStatus: answering.status,
    },
    answering.scope,
  );
  return settleOutcome(db, answering.scope, outcome);
};
