import { customerRouter, handleTrpcRequest } from '@fidele/api';
import { clientAddressOf } from '@fidele/core/rate-limits';
import { getDb } from '@fidele/db';
import type { NextRequest } from 'next/server';
import { deviceIdOf } from '../../../../device.ts';
import { mailContext } from '../../../../mail.ts';
import { signedIn } from '../../../../auth.ts';

const handler = async (request: NextRequest) => {
  const customer = await signedIn();
  return handleTrpcRequest({
    router: customerRouter,
    request,
    context: () => ({
      db: getDb(),
      customer: customer ?? undefined,
      clientAddress: clientAddressOf(request.headers),
      device: deviceIdOf(request),
      response: {},
      mail: mailContext(),
    }),
  });
};

export { handler as GET, handler as POST };
