import { customerRouter, handleTrpcRequest } from '@fidele/api';
import { clientAddressOf } from '@fidele/core/rate-limits';
import { getDb } from '@fidele/db';
import { signedInId } from '../../../../auth.ts';

const handler = async (request: Request) => {
  const customerId = await signedInId();
  return handleTrpcRequest({
    router: customerRouter,
    request,
    context: () => ({
      db: getDb(),
      customer: customerId ? { id: customerId } : undefined,
      clientAddress: clientAddressOf(request.headers),
      response: {},
    }),
  });
};

export { handler as GET, handler as POST };
