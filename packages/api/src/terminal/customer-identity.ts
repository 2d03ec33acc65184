import { customerOfCardToken, findCustomer } from '@fidele/core/customers';
import type { Db, Tx } from '@fidele/db';

/**
 * The customer a till names: by the static member code (enough to earn) or by the rotating card
 * token (proof the customer is present, needed to spend).
 */
export const identifyCustomer = async (
  db: Db | Tx,
  by: { memberCode?: string; cardToken?: string; email?: string; phone?: string },
) => {
  if (by.cardToken)
    return findCustomer(db, { id: (await customerOfCardToken(db, by.cardToken)).id });
  if (by.memberCode) return findCustomer(db, { memberCode: by.memberCode });
  if (by.email) return findCustomer(db, { email: by.email });
  if (by.phone) return findCustomer(db, { phone: by.phone });
  return undefined;
};
