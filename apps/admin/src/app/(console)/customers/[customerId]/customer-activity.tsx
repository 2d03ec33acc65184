'use client';

import { Card, EmptyState } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { AuditTable } from '@/components/audit-table.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';

/** What staff did to this customer, newest first: every adjustment shows here once saved. */
export const CustomerActivity = ({ customerId }: { customerId: string }) => {
  const t = useTranslations('customer.activity');
  const trpc = useTRPC();
  const target = { type: 'customer', id: customerId };
  const audit = useQuery(trpc.audit.list.queryOptions({ target, pageSize: 10 }));
  return (
    <Card
      title={t('title')}
      actions={
        audit.data && audit.data.total > audit.data.items.length ? (
          <Link
            href={`/audit?target=customer&id=${customerId}`}
            className="text-sm font-semibold text-brand-800 hover:underline"
          >
            {t('all')}
          </Link>
        ) : null
      }
    >
      {audit.error ? (
        <QueryError error={audit.error} onRetry={() => audit.refetch()} />
      ) : (
        <AuditTable
          caption={t('title')}
          entries={audit.data?.items}
          showTarget={false}
          empty={<EmptyState title={t('empty')} description={t('emptyHint')} />}
        />
      )}
    </Card>
  );
};
