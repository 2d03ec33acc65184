import { timeZone } from '@fidele/i18n';
import { Card, describeEarnDetail, formatDateTime, formatMoney } from '@fidele/ui';
import { TRPCError } from '@trpc/server';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { signedIn } from '../../../../../auth.ts';
import { serverCaller } from '../../../../../server-caller.ts';

export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations('history'))('title'),
});

type PurchasePageProps = { params: Promise<{ purchaseId: string }> };

/**
 * One of her purchases, rendered on the server: where and when, what she bought, how its points
 * were computed, its refunds and the points still pending. Another customer's purchase, or an id
 * that is none, is the portal's 404.
 */
const PurchasePage = async ({ params }: PurchasePageProps) => {
  const customer = await signedIn();
  if (!customer) redirect('/sign-in');
  const { purchaseId } = await params;
  const caller = await serverCaller(customer);
  const purchase = await caller.purchases.get({ purchaseId }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST'))
      notFound();
    throw error;
  });
  const [t, tc, locale] = await Promise.all([
    getTranslations('purchaseDetail'),
    getTranslations('channels'),
    getLocale(),
  ]);
  const money = (amount: number) => formatMoney(amount, purchase.currency, locale);
  const date = (value: Date) => formatDateTime(value, locale, 'date', timeZone);
  const steps = describeEarnDetail(purchase.earnDetail, locale, (key, values) =>
    t(`steps.${key}`, values),
  );

  return (
    <div className="flex flex-col gap-4" data-testid="purchase-detail">
      <div>
        <Link href="/history" className="text-sm text-brand-700 underline-offset-2 hover:underline">
          ← {t('back')}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{t('title', { shop: purchase.shopName })}</h1>
      </div>
      <Card as="div">
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="text-ink-muted">{t('when')}</dt>
          <dd>{formatDateTime(purchase.occurredAt, locale, 'dateTime', timeZone)}</dd>
          <dt className="text-ink-muted">{t('channel')}</dt>
          <dd>{tc(purchase.channel)}</dd>
          <dt className="text-ink-muted">{t('amount')}</dt>
          <dd className="font-semibold tabular-nums">{money(purchase.amount)}</dd>
        </dl>
      </Card>
      <Card title={t('linesTitle')}>
        {purchase.lines.length === 0 ? (
          <p className="text-ink-muted">{t('noLines')}</p>
        ) : (
          <ul className="divide-y divide-border" data-testid="purchase-lines">
            {purchase.lines.map((line, index) => (
              <li key={index} className="flex justify-between gap-3 py-2">
                <span className="break-words">
                  {t('line', { quantity: line.quantity, sku: line.sku })}
                  {line.category ? (
                    <span className="text-sm text-ink-muted"> · {line.category}</span>
                  ) : null}
                </span>
                <span className="tabular-nums">{money(line.quantity * line.unitAmount)}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t('pointsTitle')}>
        <p className="font-semibold">{t('pointsEarned', { points: purchase.pointsEarned })}</p>
        {steps.length > 0 ? (
          <>
            <h3 className="mt-3 text-sm font-semibold text-ink-muted">{t('pointsHow')}</h3>
            <ul className="mt-1 divide-y divide-border" data-testid="earn-detail">
              {steps.map((step, index) => (
                <li key={index} className="flex justify-between gap-3 py-2">
                  <span className="break-words">{step.what}</span>
                  <span className="font-semibold tabular-nums">{step.points}</span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {purchase.pending ? (
          <p className="mt-3 text-sm text-ink-muted" data-testid="purchase-pending">
            {t('pending', { points: purchase.pending.points, date: date(purchase.pending.until) })}
          </p>
        ) : null}
      </Card>
      {purchase.refunds.length > 0 ? (
        <Card title={t('refundsTitle')}>
          <ul className="divide-y divide-border" data-testid="purchase-refunds">
            {purchase.refunds.map((refund) => (
              <li key={refund.id} className="flex justify-between gap-3 py-2">
                <span>
                  {t('refund', { date: date(refund.createdAt), amount: money(refund.amount) })}
                </span>
                <span className="tabular-nums">
                  {t('refundPoints', { points: refund.pointsClawedBack })}
                </span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
};

export default PurchasePage;
