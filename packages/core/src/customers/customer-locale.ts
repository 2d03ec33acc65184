import type { Db } from '@fidele/db';

/** The language a customer reads the portal and their emails in. */
export const setCustomerLocale = async (
  db: Db,
  input: { customerId: string; locale: string },
): Promise<void> => {
  await db.customer.update({ where: { id: input.customerId }, data: { locale: input.locale } });
};
