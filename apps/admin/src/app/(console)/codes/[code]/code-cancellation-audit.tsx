'use client';

import { Card } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { AuditTable } from '@/components/audit/audit-table.tsx';
import { QueryError } from '@/components/query-error.tsx';
import { useTRPC } from '@/trpc/react.tsx';

/**
 * The audit entry of this code's cancellation. Cancellations are audited on the customer (the
 * points are theirs), so the customer's `code.cancel` entries are narrowed to this code.
 */
export const CodeCancellationAudit = ({
  customerId,
  code,
}: {
  customerId: string;
  code: string;
}) => {
  const t = useTranslations('codes.cancel');
  const trpc = useTRPC();
  const audit = useQuery(
    trpc.audit.list.queryOptions({
      target: { type: 'customer', id: customerId },
      action: 'code.cancel',
      pageSize: 100,
    }),
  );
  const entries = audit.data?.items.filter(
    (entry) =>
      entry.data !== null &&
      typeof entry.data === 'object' &&
      'code' in entry.data &&
      entry.data.code === code,
  );
  return (
    <Card title={t('auditTitle')}>
      {audit.error ? (
        <QueryError error={audit.error} onRetry={() => audit.refetch()} />
      ) : (
        <AuditTable caption={t('auditTitle')} entries={entries} showTarget empty={null} />
      )}
    </Card>
  );
};
