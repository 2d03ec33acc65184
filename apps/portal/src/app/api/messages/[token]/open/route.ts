import { recordTracking } from '../track.ts';

// The smallest transparent GIF.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** An email's tracking image: loading it says the email was opened. */
export const GET = async (_: Request, { params }: { params: Promise<{ token: string }> }) => {
  await recordTracking((await params).token, 'open');
  return new Response(PIXEL, {
    headers: { 'content-type': 'image/gif', 'cache-control': 'no-store, max-age=0' },
  });
};
