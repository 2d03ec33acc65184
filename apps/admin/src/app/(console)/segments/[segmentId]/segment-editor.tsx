'use client';

import { Alert, Badge, Button, buttonStyles, Card, Dialog, EmptyState, Skeleton } from '@fidele/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { AuditTrailCard } from '@/components/audit-trail-card.tsx';
import { PageHeader } from '@/components/page-header.tsx';
import { errorKey, QueryError } from '@/components/query-error.tsx';
import { useCan } from '@/components/staff-context.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import { BackToSegments } from '../back-to-segments.tsx';
import { SegmentForm } from '../segment-form.tsx';
import type { SegmentView } from '../segment-form-values.ts';

/** Asks before archiving or restoring a segment, then refreshes the lists and its history. */
const ArchiveSegmentDialog = ({
  segment,
  archive,
  onClose,
  onDone,
}: {
  segment: SegmentView;
  /** true to archive, false to restore; null when closed. */
  archive: boolean | null;
  onClose: () => void;
  onDone: (archived: boolean) => void;
}) => {
  const t = useTranslations('segments');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const setArchived = useMutation(
    trpc.segments.setArchived.mutationOptions({
      onSuccess: async (_, { archived }) => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.segments.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
        ]);
        onDone(archived);
        setArchived.reset();
      },
    }),
  );
  const close = () => {
    if (setArchived.isPending) return;
    setArchived.reset();
    onClose();
  };
  const dialog = archive === false ? 'restoreDialog' : 'archiveDialog';
  return (
    <Dialog
      open={archive !== null}
      onClose={close}
      role="alertdialog"
      title={t(`${dialog}.title`, { name: segment.name })}
      description={t(`${dialog}.description`)}
      actions={
        <>
          <Button variant="secondary" onClick={close} disabled={setArchived.isPending}>
            {t('dialogCancel')}
          </Button>
          <Button
            variant={archive ? 'danger' : 'primary'}
            loading={setArchived.isPending}
            onClick={() =>
              archive !== null && setArchived.mutate({ segmentId: segment.id, archived: archive })
            }
          >
            {t(`${dialog}.confirm`)}
          </Button>
        </>
      }
    >
      {setArchived.error ? <Alert tone="danger">{t('dialogFailed')}</Alert> : null}
    </Dialog>
  );
};

/**
 * One saved segment: its form with the live count, where it stands (archive or restore it), its
 * members as CSV, and every change made to it.
 */
export const SegmentEditor = ({ segmentId }: { segmentId: string }) => {
  const t = useTranslations('segments');
  const trpc = useTRPC();
  const canManage = useCan('programme:manage');
  const canReadAudit = useCan('audit:read');
  const justCreated = useSearchParams().get('created') === '1';
  const [archive, setArchive] = useState<boolean | null>(null);
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
              {canManage ? (
                <Button
                  variant={archived ? 'secondary' : 'danger'}
                  className="self-start"
                  onClick={() => {
                    setDone(null);
                    setArchive(!archived);
                  }}
                >
                  {t(archived ? 'restore' : 'archive')}
                </Button>
              ) : null}
            </div>
          </Card>
        )}
      />
      {canReadAudit ? (
        <div id="history" className="mt-6 min-w-0 scroll-mt-6">
          <AuditTrailCard
            target={{ type: 'segment', id: segment.id }}
            title={t('activity.title')}
            empty={t('activity.empty')}
            emptyHint={t('activity.emptyHint')}
          />
        </div>
      ) : null}
      <ArchiveSegmentDialog
        segment={segment}
        archive={archive}
        onClose={() => setArchive(null)}
        onDone={(archivedNow) => {
          setArchive(null);
          setDone(archivedNow ? 'archived' : 'restored');
        }}
      />
    </>
  );
};
