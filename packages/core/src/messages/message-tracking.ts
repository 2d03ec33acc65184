import type { Db } from '@fidele/db';
import { messageOfLinkToken } from './message-link-token.ts';

/**
 * An email's tracking image loaded (`open`) or its tracked link followed (`click`, which also
 * means she opened it): the first time of each is kept on the message, later ones change
 * nothing. A token that is not ours records nothing and is not told apart, so the links give
 * nobody a way to test tokens.
 */
export const trackMessage = async (
  db: Db,
  input: { token: string; secret: string; event: 'open' | 'click' },
): Promise<void> => {
  const messageId = messageOfLinkToken('track', input.token, input.secret);
  if (!messageId) return;
  const at = new Date();
  await db.$executeRaw`
    UPDATE "Message"
    SET "openedAt" = COALESCE("openedAt", ${at}),
        "clickedAt" = CASE WHEN ${input.event === 'click'} THEN COALESCE("clickedAt", ${at}) ELSE "clickedAt" END
    WHERE id = ${messageId}::uuid AND channel = 'EMAIL'
      AND ("openedAt" IS NULL OR (${input.event === 'click'} AND "clickedAt" IS NULL))`;
};
