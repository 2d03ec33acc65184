import { portalPath } from '@fidele/validators';
import { recordTracking } from '../track.ts';

/**
 * An email's tracked link: records the click, then sends her on to the portal page it names
 * (only a path of the portal, so the link cannot send anyone elsewhere; the home page otherwise).
 */
export const GET = async (request: Request, { params }: { params: Promise<{ token: string }> }) => {
  await recordTracking((await params).token, 'click');
  const to = portalPath.safeParse(new URL(request.url).searchParams.get('to'));
  return Response.redirect(new URL(to.success ? to.data : '/', request.url), 303);
};
