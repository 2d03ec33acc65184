'use client';

import { Card, EmptyState } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useTRPC } from '@/trpc/react.tsx';
import { AuditTable } from './audit/audit-table.tsx';
import { QueryError } from './query-error.tsx';

/**
 * What staff did to one record, newest first: a change shows here as soon as it is saved; the
 * whole audit log of the record, filtered to it, is a link away.
 */
export const AuditTrailCard = ({
  target,
  title,
  empty,
  emptyHint,
}: {
  target: { type: string; id: string };
  title: string;
  empty: string;
  emptyHint: string;
}) => {
  const t = useTranslations('customer.activity');
  const trpc = useTRPC();
  const audit = useQuery(trpc.audit.list.queryOptions({ target, pageSize: 10 }));
  return (
    <Card
      title={title}
      actions={
        audit.data?.items.length ? (
          <Link
            href={`/audit?target=${target.type}&id=${target.id}`}
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
          caption={title}
          entries={audit.data?.items}
          showTarget={false}
          empty={<EmptyState title={empty} description={emptyHint} />}
        />
      )}
    </Card>
  );
};
