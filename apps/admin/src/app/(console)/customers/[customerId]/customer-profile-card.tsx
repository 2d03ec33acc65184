'use client';

import { Badge, Card, DateTime, localisedName, Skeleton } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';
import { ContactCorrection, PendingEmailChange } from './contact-correction.tsx';

type Profile = StaffOutputs['customers']['get'];

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="flex flex-col gap-0.5 border-b border-border py-2 last:border-b-0">
    <dt className="text-sm text-ink-muted">{label}</dt>
    <dd className="break-words">{children}</dd>
  </div>
);

const Consent = ({ given }: { given: Date | null }) => {
  const t = useTranslations('customer.profile');
  return given ? (
    <span className="flex flex-wrap items-center gap-2">
      <Badge tone="success">{t('consentGiven')}</Badge>
      <DateTime value={given} format="date" className="text-sm text-ink-muted" />
    </span>
  ) : (
    <Badge>{t('consentNone')}</Badge>
  );
};

/** Every change of her consents, the latest first: where it happened and the words agreed to. */
const ConsentHistory = ({ customerId }: { customerId: string }) => {
  const t = useTranslations('customer.profile');
  const trpc = useTRPC();
  const consents = useQuery(trpc.customers.consents.queryOptions({ customerId }));
  const history = consents.data?.history ?? [];
  return (
    <details className="pt-2" data-testid="consent-history">
      <summary className="cursor-pointer text-sm font-semibold">{t('consentHistory')}</summary>
      {history.length === 0 ? (
        <p className="pt-2 text-sm text-ink-muted">{t('consentHistoryEmpty')}</p>
      ) : (
        <ol className="flex flex-col gap-2 pt-2">
          {history.map((change) => (
            <li key={change.id} className="text-sm" data-testid="consent-change">
              <span className="font-medium">
                {t(`consentChange.${change.channel}.${change.given ? 'given' : 'withdrawn'}`)}
              </span>{' '}
              · <DateTime value={change.createdAt} format="long" /> ·{' '}
              {t(`consentSource.${change.source}`)}
              <p className="text-ink-muted">{change.text}</p>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
};

export const CustomerProfileCard = ({
  customer,
  canCorrect,
}: {
  customer: Profile | undefined;
  /** Support may correct her contact details (not once she is erased). */
  canCorrect: boolean;
}) => {
  const t = useTranslations('customer.profile');
  const locale = useLocale();
  return (
    <Card
      title={t('title')}
      actions={
        customer && canCorrect && !customer.erasedAt ? (
          <ContactCorrection customerId={customer.id} current={customer} />
        ) : null
      }
    >
      {customer ? (
        <>
          <dl>
            <Row label={t('name')}>
              {[customer.firstName, customer.lastName].filter(Boolean).join(' ')}
            </Row>
            <Row label={t('email')}>
              {customer.email}
              <PendingEmailChange customerId={customer.id} />
            </Row>
            <Row label={t('phone')}>{customer.phone ?? t('none')}</Row>
            <Row label={t('language')}>{customer.locale.toUpperCase()}</Row>
            <Row label={t('memberSince')}>
              <DateTime value={customer.createdAt} format="long" />
            </Row>
            <Row label={t('signUpSource')}>
              {t(`signUpSources.${customer.signUpSource}`)}
              {customer.signUpContest ? (
                <>
                  {': '}
                  <Link
                    href={`/contests/${customer.signUpContest.id}`}
                    className="font-semibold text-brand-800 underline"
                  >
                    {localisedName(customer.signUpContest, 'title', locale)}
                  </Link>
                </>
              ) : null}
            </Row>
            <Row label={t('homeShop')}>{customer.homeShop?.name ?? t('none')}</Row>
            <Row label={t('emailConsent')}>
              <Consent given={customer.emailConsentAt} />
            </Row>
            <Row label={t('smsConsent')}>
              <Consent given={customer.smsConsentAt} />
            </Row>
          </dl>
          <ConsentHistory customerId={customer.id} />
        </>
      ) : (
        <div className="flex flex-col gap-3">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} className="h-10 w-full" />
          ))}
        </div>
      )}
    </Card>
  );
};
