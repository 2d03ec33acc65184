'use client';

import { Alert, Badge, buttonStyles, Card, EmptyState, Skeleton } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ArchiveButton, type ArchiveChange, ArchiveDialog } from '@/components/archive-dialog.tsx';
import { PageHeader } from '@/components/page-header.tsx';
import { errorKey, QueryError } from '@/components/query-error.tsx';
import { RecordHistory } from '@/components/record-history.tsx';
import { useCan } from '@/components/staff-context.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import { BackToSegments } from '../back-to-segments.tsx';
import { SegmentForm } from '../segment-form.tsx';

/**
 * One saved segment: its form with the live count, where it stands (archive or restore it), its
 * members as CSV, and every change made to it.
 */
export const SegmentEditor = ({ segmentId }: { segmentId: string }) => {
  const t = useTranslations('segments');
  const trpc = useTRPC();
  const canManage = useCan('programme:manage');
  const canExportContacts = useCan('customers:export-contacts');
  const justCreated = useSearchParams().get('created') === '1';
  const [change, setChange] = useState<ArchiveChange | null>(null);
  const [done, setDone] = useState<'archived' | 'restored' | null>(null);
  const query = useQuery(trpc.segments.get.queryOptions({ segmentId }));
  const segment = query.data;

  if (query.error)
    return (
      <>
        <PageHeader eyebrow={<BackToSegments />} title={t('title')} />
        {errorKey(query.error) === 'notFound' ? (
          <EmptyState title={t('notFound')} />
        ) : (
          <QueryError error={query.error} onRetry={() => query.refetch()} />
        )}
      </>
    );

  if (!segment)
    return (
      <div aria-busy="true">
        <PageHeader eyebrow={<BackToSegments />} title={<Skeleton className="h-9 w-72" />} />
        <div className="flex flex-col gap-6 xl:grid xl:grid-cols-[minmax(0,1fr)_22rem]">
          <Skeleton className="h-96 w-full" />
          <Skeleton className="h-40 w-full" />
        </div>
      </div>
    );

  const archived = segment.archivedAt !== null;
  return (
    <>
      <PageHeader
        eyebrow={<BackToSegments />}
        title={segment.name}
        description={archived ? <Badge tone="neutral">{t('status.archived')}</Badge> : undefined}
      />
      {done ? (
        <Alert tone="success" title={t(done, { name: segment.name })} className="mb-6" />
      ) : null}
      <SegmentForm
        key={segment.id}
        segment={segment}
        justCreated={justCreated}
        aside={({ changed }) => (
          <Card title={t('status.title')}>
            <div className="flex flex-col gap-3">
              <p className="flex flex-wrap items-center gap-2">
                <Badge tone={archived ? 'neutral' : 'success'}>
                  {t(archived ? 'status.archived' : 'status.active')}
                </Badge>
              </p>
              <p className="text-sm text-ink-muted">
                {t(archived ? 'status.archivedHint' : 'status.activeHint')}
              </p>
              <a
                href={`/api/segments/${segment.id}/csv`}
                download
                data-testid="segment-csv"
                className={buttonStyles({ variant: 'secondary' })}
              >
                {t('status.csv')}
              </a>
              <p className="text-sm text-ink-muted">
                {t(changed ? 'status.csvUnsaved' : 'status.csvHint')}
              </p>
              {canExportContacts ? null : (
                <p className="text-sm text-ink-muted">{t('status.csvNoContacts')}</p>
              )}
              {canManage ? (
                <ArchiveButton
                  namespace="segments"
                  archived={archived}
                  onClick={() => {
                    setDone(null);
                    setChange({ id: segment.id, name: segment.name, archive: !archived });
                  }}
                />
              ) : null}
            </div>
          </Card>
        )}
      />
      <RecordHistory target={{ type: 'segment', id: segment.id }} namespace="segments.activity" />
      <ArchiveDialog
        change={change}
        namespace="segments"
        mutation={trpc.segments.setArchived.mutationOptions()}
        input={({ id, archive }) => ({ segmentId: id, archived: archive })}
        refresh={trpc.segments.pathKey()}
        onClose={() => setChange(null)}
        onDone={({ archive }) => {
          setChange(null);
          setDone(archive ? 'archived' : 'restored');
        }}
      />
    </>
  );
};
