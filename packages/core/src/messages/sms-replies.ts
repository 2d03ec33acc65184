import type { Tx } from '@fidele/db';
import { setConsents } from '../customers/consents.ts';

// The words carriers and the French "STOP SMS" rules treat as a request to stop, first word only.
const STOP_WORDS = new Set(['STOP', 'ARRET', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT']);

/** Whether a reply asks to stop: its first word, any case, accents ignored ("Arrêt" stops). */
export const isStopReply = (body: string): boolean => {
  const first = body
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .split(/[^\p{L}]+/u)[0];
  return STOP_WORDS.has((first ?? '').toUpperCase());
};

/**
 * A reply to our SMS, from the provider's webhook (or the development outbox): a STOP withdraws
 * the SMS consent of the customer with that number at once (source SMS_REPLY, in her history).
 * Any other reply, a number no customer has, or one whose consent is already withdrawn changes
 * nothing (`stopped: false`).
 */
export const recordSmsReply = async (
  tx: Tx,
  input: { from: string; body: string },
): Promise<{ stopped: boolean }> => {
  if (!isStopReply(input.body)) return { stopped: false };
  const customer = await tx.customer.findUnique({
    where: { phone: input.from },
    select: { id: true },
  });
  if (!customer) return { stopped: false };
  const changed = await setConsents(tx, {
    customerId: customer.id,
    changes: { sms: false },
    source: 'SMS_REPLY',
  });
  return { stopped: changed.length > 0 };
};
