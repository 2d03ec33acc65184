'use client';

import { useTranslations } from 'next-intl';
import { AuditTrailCard } from '@/components/audit-trail-card.tsx';

/**
 * What was done to this customer, newest first (staff, she herself, tills and the e-shop by their
 * key): every adjustment shows here once saved, her whole audit log is a link away.
 */
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
