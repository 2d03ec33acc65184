import { formRefusalOf } from '@fidele/api';
import { contestSlugInput } from '@fidele/validators';
import { serverCaller } from '../../../../server-caller.ts';

/**
 * The draw's frozen list, byte for byte as hashed: `sha256sum` of this file is the hash the
 * contest's page published before the draw.
 */
export const GET = async (_: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const parsed = contestSlugInput.safeParse(await params);
  if (!parsed.success) return new Response('No such contest.\n', { status: 404 });
  try {
    const list = await (await serverCaller()).contests.drawList(parsed.data);
    return new Response(list, {
      headers: {
        'content-type': 'text/plain; charset=utf-8',
        'content-disposition': `inline; filename="${parsed.data.slug}-draw-list.txt"`,
        'cache-control': 'public, max-age=300',
      },
    });
  } catch (error) {
    const refusal = formRefusalOf(error, { contest_not_found: 'notFound' });
    return refusal.error === 'rateLimited'
      ? new Response('Too many requests.\n', {
          status: 429,
          headers: { 'retry-after': String((refusal.wait ?? 1) * 60) },
        })
      : new Response('No draw list for this contest.\n', { status: 404 });
  }
};
