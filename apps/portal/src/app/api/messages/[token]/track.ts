import { serverCaller } from '../../../../server-caller.ts';

/**
 * Records an email's open or click. Whatever happens (a token that is not ours, too many from
 * one address, the database away), the reader still gets her image or her page: tracking is
 * never in her way.
 */
export const recordTracking = async (token: string, event: 'open' | 'click') => {
  try {
    await (await serverCaller()).trackMessage({ token, event });
  } catch {
    // Not recorded; the answer is the same.
  }
};
