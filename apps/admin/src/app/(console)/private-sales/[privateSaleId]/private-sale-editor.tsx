'use client';

import { Alert, Card, EmptyState, localisedName, Skeleton } from '@fidele/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { ArchiveButton, type ArchiveChange, ArchiveDialog } from '@/components/archive-dialog.tsx';
import { BackLink } from '@/components/back-link.tsx';
import { PageHeader } from '@/components/page-header.tsx';
import { errorKey, QueryError } from '@/components/query-error.tsx';
import { RecordHistory, SavedAlert } from '@/components/record-history.tsx';
import { saveFailure } from '@/components/save-failure.ts';
import { useCan } from '@/components/staff-context.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import { INVITATION_STATUSES, invitationsSent } from '../invitation-status.tsx';
import { PrivateSaleForm } from '../private-sale-form.tsx';
import { privateSaleFormFrom } from '../private-sale-form-values.ts';
import { PrivateSalePhaseBadge } from '../private-sale-phase.tsx';
import { InvitationMessages } from './invitation-messages.tsx';
import { PrivateSaleInvitations } from './private-sale-invitations.tsx';

const back = <BackLink href="/private-sales" namespace="privateSales" />;

/**
 * One private sale: its form (read-only for the roles that do not run the programme), where it
 * stands (archive or restore it), the email and SMS its invitation sends, who is invited and how
 * they answered (invite those eligible), and every change made to it.
 */
export const PrivateSaleEditor = ({ privateSaleId }: { privateSaleId: string }) => {
  const t = useTranslations();
  const locale = useLocale();
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const canManage = useCan('private-sales:manage');
  const justCreated = useSearchParams().get('created') === '1';
  const [change, setChange] = useState<ArchiveChange | null>(null);
  const [done, setDone] = useState<'archived' | 'restored' | null>(null);
  const query = useQuery(trpc.privateSales.get.queryOptions({ privateSaleId }));
  const sale = query.data;
  const update = useMutation(
    trpc.privateSales.update.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.privateSales.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
        ]),
    }),
  );

  if (query.error)
    return (
      <>
        <PageHeader eyebrow={back} title={t('privateSales.title')} />
        {errorKey(query.error) === 'notFound' ? (
          <EmptyState title={t('privateSales.notFound')} />
        ) : (
          <QueryError error={query.error} onRetry={() => query.refetch()} />
        )}
      </>
    );

  if (!sale)
    return (
      <div aria-busy="true">
        <PageHeader eyebrow={back} title={<Skeleton className="h-9 w-72" />} />
        <div className="flex flex-col gap-6 xl:grid xl:grid-cols-[minmax(0,1fr)_24rem]">
          <Skeleton className="h-96 w-full" />
          <Skeleton className="h-64 w-full" />
        </div>
      </div>
    );

  const name = localisedName(sale, 'name', locale);
  const archived = sale.archivedAt !== null;
  const open = sale.phase === 'scheduled' || sale.phase === 'live';
  const status = <PrivateSalePhaseBadge phase={sale.phase} />;

  return (
    <>
      <PageHeader eyebrow={back} title={name} description={status} />
      {done ? (
        <Alert tone="success" title={t(`privateSales.${done}`, { name })} className="mb-6" />
      ) : null}
      <PrivateSaleForm
        key={sale.id}
        initial={privateSaleFormFrom(sale)}
        submitLabel={t('privateSales.save')}
        readOnly={!canManage}
        currentShop={sale.shop}
        targetedSegments={sale.segments}
        placesTaken={sale.placesTaken}
        result={{
          save: (data) => update.mutate({ privateSaleId: sale.id, data }),
          pending: update.isPending,
          failure: saveFailure(update.error),
          error: update.error,
          done:
            update.isSuccess || (justCreated && update.isIdle) ? (
              <SavedAlert
                title={t(update.isSuccess ? 'privateSales.saved' : 'privateSales.created')}
                seeHistory={t('privateSales.seeHistory')}
              />
            ) : null,
        }}
        aside={
          <Card title={t('privateSales.statusCard.title')}>
            <div className="flex flex-col gap-3">
              <p className="flex flex-wrap items-center gap-2">
                {status}
                <span className="text-sm text-ink-muted">
                  {t('privateSales.statusCard.places', {
                    taken: sale.placesTaken,
                    capacity: sale.capacity,
                  })}
                </span>
              </p>
              <p className="text-sm text-ink-muted">{t(`privateSales.statusCard.${sale.phase}`)}</p>
              <dl
                className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm"
                data-testid="private-sale-counts"
              >
                <dt className="font-semibold">{t('privateSales.statusCard.invited')}</dt>
                <dd className="text-right font-semibold tabular-nums">
                  {format.number(invitationsSent(sale.invitations))}
                </dd>
                {INVITATION_STATUSES.map((answer) => (
                  <div key={answer} className="contents">
                    <dt className="text-ink-muted">
                      {t(`privateSaleInvitations.status.${answer}`)}
                    </dt>
                    <dd className="text-right tabular-nums">
                      {format.number(sale.invitations[answer])}
                    </dd>
                  </div>
                ))}
              </dl>
              {canManage ? (
                <ArchiveButton
                  namespace="privateSales"
                  archived={archived}
                  onClick={() => {
                    setDone(null);
                    setChange({ id: sale.id, name, archive: !archived });
                  }}
                />
              ) : null}
            </div>
          </Card>
        }
      />
      <div className="mt-6 min-w-0">
        <InvitationMessages privateSaleId={sale.id} channels={sale.channels} />
      </div>
      <div className="mt-6 min-w-0">
        <PrivateSaleInvitations privateSaleId={sale.id} canInvite={canManage && open} />
      </div>
      <RecordHistory
        target={{ type: 'private_sale', id: sale.id }}
        namespace="privateSales.activity"
      />
      <ArchiveDialog
        change={change}
        namespace="privateSales"
        mutation={trpc.privateSales.setArchived.mutationOptions()}
        input={({ id, archive }) => ({ privateSaleId: id, archived: archive })}
        refresh={trpc.privateSales.pathKey()}
        onClose={() => setChange(null)}
        onDone={({ archive }) => {
          setChange(null);
          setDone(archive ? 'archived' : 'restored');
        }}
      />
    </>
  );
};
