import { type FormRefusal, formRefusalOf } from '@fidele/api';
import type { UnsubscribeLink } from '@fidele/core/messages';
import { Alert, Button, Card } from '@fidele/ui';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { TRPCError } from '@trpc/server';
import Link from 'next/link';
import { unsubscribe } from '../../../actions/unsubscribe.ts';
import { PublicPage } from '../../../components/public-page.tsx';
import { serverCaller } from '../../../server-caller.ts';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('unsubscribe'))('title'),
});

type UnsubscribePageProps = {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ done?: string }>;
};

const readLink = async (
  token: string,
): Promise<{ link: UnsubscribeLink } | { refusal: FormRefusal<'invalid'> }> => {
  try {
    return { link: await (await serverCaller()).unsubscribe.read({ token }) };
  } catch (error) {
    // A token too long for any link is no link either.
    if (error instanceof TRPCError && error.code === 'BAD_REQUEST')
      return { refusal: { error: 'invalid' } };
    return { refusal: formRefusalOf(error, { unsubscribe_link_invalid: 'invalid' }) };
  }
};

/**
 * An email's unsubscribe link, signed in or not: opening it changes nothing (mail scanners open
 * links); the button withdraws the consent in one click.
 */
const UnsubscribePage = async ({ params, searchParams }: UnsubscribePageProps) => {
  const t = await getTranslations('unsubscribe');
  const { token } = await params;
  const done = (await searchParams).done === '1';
  const read = await readLink(token);
  return (
    <PublicPage>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <Card as="div" className="flex flex-col gap-4" data-testid="unsubscribe">
        {'refusal' in read ? (
          <Alert tone="danger" title={t('invalidTitle')}>
            {read.refusal.error === 'rateLimited'
              ? t('rateLimited', { minutes: read.refusal.wait ?? 1 })
              : t('invalidBody')}
          </Alert>
        ) : done ? (
          <Alert tone="success" title={t('doneTitle')}>
            {t('doneBody')}
          </Alert>
        ) : read.link.used || !read.link.consenting ? (
          <Alert tone="info" title={t('alreadyTitle')}>
            {read.link.consenting ? t('givenSince') : t('alreadyBody')}
          </Alert>
        ) : (
          <form action={unsubscribe.bind(null, token)} className="flex flex-col gap-4">
            <p>{t('question')}</p>
            <Button type="submit">{t('confirm')}</Button>
          </form>
        )}
        <Link href="/profile" className="text-sm font-semibold text-brand-800 underline">
          {t('profile')}
        </Link>
      </Card>
    </PublicPage>
  );
};

export default UnsubscribePage;
