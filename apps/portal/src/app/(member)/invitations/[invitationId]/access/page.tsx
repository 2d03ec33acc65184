import { type CustomerRouter, type FormRefusal, formRefusalOf } from '@fidele/api';
import type { inferRouterOutputs } from '@trpc/server';
import { Alert, Badge, Card, CopyButton, DateTime } from '@fidele/ui';
import { invitationIdInput } from '@fidele/validators';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { signedIn } from '../../../../../auth.ts';
import { eventWords } from '../../../../../components/invitation-view.ts';
import { serverCaller } from '../../../../../server-caller.ts';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('invitations.access'))('title'),
});

type AccessPageProps = { params: Promise<{ invitationId: string }> };

const REFUSALS = {
  invitation_not_found: 'notFound',
  invitation_not_accepted: 'notAccepted',
  private_sale_not_online: 'inShop',
  private_sale_over: 'over',
} as const;

type Refusal = (typeof REFUSALS)[keyof typeof REFUSALS];
type Opened =
  | { access: inferRouterOutputs<CustomerRouter>['invitations']['access'] }
  | { refusal: FormRefusal<Refusal> };

const openAccess = async (invitationId: string): Promise<Opened> => {
  const parsed = invitationIdInput.safeParse({ invitationId });
  if (!parsed.success) return { refusal: { error: 'notFound' } };
  const customer = await signedIn();
  try {
    return {
      access: await (await serverCaller(customer ?? undefined)).invitations.access(parsed.data),
    };
  } catch (error) {
    return { refusal: formRefusalOf(error, REFUSALS) };
  }
};

/**
 * An online private sale's door, for the signed-in guest with a place: the event, and her own
 * code for the e-shop's checkout when the event has a discount.
 */
const AccessPage = async ({ params }: AccessPageProps) => {
  const t = await getTranslations('invitations.access');
  const locale = await getLocale();
  const opened = await openAccess((await params).invitationId);
  const back = (
    <Link href="/invitations" className="text-sm font-semibold text-brand-800 underline">
      {t('back')}
    </Link>
  );
  if ('refusal' in opened)
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <Alert tone="danger" title={t('refusedTitle')}>
          {opened.refusal.error === 'rateLimited'
            ? t('rateLimited', { minutes: opened.refusal.wait ?? 1 })
            : t(`refused.${opened.refusal.error}`)}
        </Alert>
        {back}
      </div>
    );
  const { privateSale, code } = opened.access;
  const { name, text } = eventWords(privateSale, locale);
  return (
    <div className="flex flex-col gap-4" data-testid="online-access">
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-2xl font-bold">{name}</h1>
        {privateSale.phase === 'live' ? <Badge tone="success">{t('open')}</Badge> : null}
      </div>
      {text ? <p className="whitespace-pre-line text-ink-muted">{text}</p> : null}
      <Card as="div" className="flex flex-col gap-3">
        <p>
          {privateSale.phase === 'live' ? t('openUntil') : t('opensAt')}{' '}
          <DateTime
            value={privateSale.phase === 'live' ? privateSale.endsAt : privateSale.startsAt}
          />
        </p>
        {code ? (
          <>
            <p>{t('codeIntro', { percent: code.discountPercent })}</p>
            <p
              data-testid="access-code"
              className="rounded-control bg-surface-muted px-4 py-3 text-center font-mono text-xl font-bold tracking-widest"
            >
              {code.code}
            </p>
            <CopyButton value={code.code} labels={{ copy: t('copy'), copied: t('copied') }} />
            <p className="text-sm text-ink-muted">{t('codeRule')}</p>
          </>
        ) : (
          <p>{t('noCode')}</p>
        )}
      </Card>
      {back}
    </div>
  );
};

export default AccessPage;
