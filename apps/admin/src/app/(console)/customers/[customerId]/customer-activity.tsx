'use client';

import { useTranslations } from 'next-intl';
import { AuditTrailCard } from '@/components/audit-trail-card.tsx';

/** What staff did to this customer, newest first: every adjustment shows here once saved. */
export const CustomerActivity = ({ customerId }: { customerId: string }) => {
  const t = useTranslations('customer.activity');
  return (
    <AuditTrailCard
      target={{ type: 'customer', id: customerId }}
      title={t('title')}
      empty={t('empty')}
      emptyHint={t('emptyHint')}
    />
  );
};
