import { customerRouter } from '@fidele/api';
import { clientAddressOf } from '@fidele/core/rate-limits';
import { getDb } from '@fidele/db';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { mailContext } from '../../../../mail.ts';
import { signedIn } from '../../../../auth.ts';

const handler = async (request: Request) => {
  const customer = await signedIn();
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req: request,
    router: customerRouter,
    createContext: () => ({
      db: getDb(),
      customer: customer ?? undefined,
      clientAddress: clientAddressOf(request.headers),
      response: {},
      mail: mailContext(),
    }),
  });
};

export { handler as GET, handler as POST };
