import { customerRouter } from '@fidele/api';
import { clientAddressOf } from '@fidele/core/rate-limits';
import { getDb } from '@fidele/db';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { signedInId } from '../../../../auth.ts';

const handler = async (request: Request) => {
  const customerId = await signedInId();
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req: request,
    router: customerRouter,
    createContext: () => ({
      db: getDb(),
      customer: customerId ? { id: customerId } : undefined,
      clientAddress: clientAddressOf(request.headers),
      response: {},
    }),
  });
};

export { handler as GET, handler as POST };
