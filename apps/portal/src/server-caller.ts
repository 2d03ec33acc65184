import { createCallerFactory, customerRouter } from '@fidele/api';
import { clientAddressOf } from '@fidele/core/rate-limits';
import { getDb } from '@fidele/db';
import { cookies, headers } from 'next/headers';
import { deviceIdOf } from './device.ts';
import { enrolmentMail } from './enrolment-mail.ts';
import { env } from './env.ts';
import { mailContext } from './mail.ts';

const createCaller = createCallerFactory(customerRouter);

/**
 * What the API route gives the portal's procedures, for calls from the server (pages and
 * actions): the database, the client's address and device, how to send email, the link secret;
 * as the given customer, or as a visitor.
 */
export const serverContext = async (customer?: { id: string; sessionId: string }) => ({
  db: getDb(),
  response: {},
  customer,
  clientAddress: clientAddressOf(await headers()),
  device: deviceIdOf({ cookies: await cookies() }),
  mail: mailContext(),
  enrolmentMail: enrolmentMail(),
  messageLinkSecret: env().MESSAGE_LINK_SECRET,
});

/** The portal's procedures called from the server, with `serverContext`. */
export const serverCaller = async (customer?: { id: string; sessionId: string }) =>
  createCaller(await serverContext(customer));
