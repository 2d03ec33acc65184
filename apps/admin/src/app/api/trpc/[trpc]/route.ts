import { handleTrpcRequest, staffRouter } from '@fidele/api';
import { clientAddressOf } from '@fidele/core/rate-limits';
import { getDb } from '@fidele/db';
import { env } from '@/env.ts';
import { mailContext } from '@/mail.ts';
import { currentStaff } from '@/auth.ts';

const handler = async (request: Request) => {
  const staff = await currentStaff();
  return handleTrpcRequest({
    router: staffRouter,
    request,
    context: () => ({
      db: getDb(),
      staff: staff ? { id: staff.id, role: staff.role, sessionId: staff.sessionId } : undefined,
      clientAddress: clientAddressOf(request.headers),
      response: {},
      mail: mailContext(),
      messageLinks: { portalUrl: env().PORTAL_URL },
      allowLocalHttpWebhooks: env().WEBHOOKS_ALLOW_LOCAL_HTTP === '1',
    }),
  });
};

export { handler as GET, handler as POST };
