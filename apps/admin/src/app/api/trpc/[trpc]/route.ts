import { staffRouter } from '@fidele/api';
import { clientAddressOf } from '@fidele/core/rate-limits';
import { getDb } from '@fidele/db';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { mailContext } from '@/mail.ts';
import { currentStaff } from '@/auth.ts';

const handler = async (req: Request) => {
  const staff = await currentStaff();
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: staffRouter,
    createContext: () => ({
      db: getDb(),
      staff: staff ? { id: staff.id, role: staff.role, sessionId: staff.sessionId } : undefined,
      clientAddress: clientAddressOf(req.headers),
      response: {},
      mail: mailContext(),
    }),
  });
};

export { handler as GET, handler as POST };
