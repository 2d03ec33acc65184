'use client';

import { Alert, Badge, Card, EmptyState, localisedName, Skeleton } from '@fidele/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { ArchiveButton, type ArchiveChange, ArchiveDialog } from '@/components/archive-dialog.tsx';
import { availabilityTone } from '@/components/availability.ts';
import { BackLink } from '@/components/back-link.tsx';
import { PageHeader } from '@/components/page-header.tsx';
import { errorKey, QueryError } from '@/components/query-error.tsx';
import { RecordHistory, SavedAlert } from '@/components/record-history.tsx';
import { useCan } from '@/components/staff-context.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import { saveFailure } from '@/components/save-failure.ts';
import { OfferForm } from '../offer-form.tsx';
import { offerFormFrom } from '../offer-form-values.ts';
import { OfferClaims } from './offer-claims.tsx';

/**
 * One VIP offer: its form (read-only for the roles that do not run the programme), where it stands
 * (archive or restore it), who claimed it, and every change made to it.
 */
export const OfferEditor = ({ offerId }: { offerId: string }) => {
  const t = useTranslations();
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const canManage = useCan('programme:manage');
  const justCreated = useSearchParams().get('created') === '1';
  const [change, setChange] = useState<ArchiveChange | null>(null);
  const [done, setDone] = useState<'archived' | 'restored' | null>(null);
  const query = useQuery(trpc.offers.get.queryOptions({ offerId }));
  const offer = query.data;
  const update = useMutation(
    trpc.offers.update.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.offers.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
        ]),
    }),
  );

  if (query.error)
    return (
      <>
        <PageHeader
          eyebrow={<BackLink href="/offers" namespace="offers" />}
          title={t('offers.title')}
        />
        {errorKey(query.error) === 'notFound' ? (
          <EmptyState title={t('offers.notFound')} />
        ) : (
          <QueryError error={query.error} onRetry={() => query.refetch()} />
        )}
      </>
    );

  if (!offer)
    return (
      <div aria-busy="true">
        <PageHeader
          eyebrow={<BackLink href="/offers" namespace="offers" />}
          title={<Skeleton className="h-9 w-72" />}
        />
        <div className="flex flex-col gap-6 xl:grid xl:grid-cols-[minmax(0,1fr)_24rem]">
          <Skeleton className="h-96 w-full" />
          <Skeleton className="h-64 w-full" />
        </div>
      </div>
    );

  const title = localisedName(offer, 'title', locale);
  const archived = offer.archivedAt !== null;
  const status = (
    <Badge
      tone={availabilityTone[offer.phase]}
      data-testid="offer-status"
      data-status={offer.phase}
    >
      {t(`offers.status.${offer.phase}`)}
    </Badge>
  );

  return (
    <>
      <PageHeader
        eyebrow={<BackLink href="/offers" namespace="offers" />}
        title={title}
        description={status}
      />
      {done ? (
        <Alert tone="success" title={t(`offers.${done}`, { name: title })} className="mb-6" />
      ) : null}
      <OfferForm
        key={offer.id}
        initial={offerFormFrom(offer)}
        submitLabel={t('offers.save')}
        readOnly={!canManage}
        targetedSegments={offer.segments}
        claimedCount={offer.claimedCount}
        result={{
          save: (data) => update.mutate({ offerId: offer.id, data }),
          pending: update.isPending,
          failure: saveFailure(update.error),
          done:
            update.isSuccess || (justCreated && update.isIdle) ? (
              <SavedAlert
                title={t(update.isSuccess ? 'offers.saved' : 'offers.created')}
                seeHistory={t('offers.seeHistory')}
              />
            ) : null,
        }}
        aside={
          <Card title={t('offers.statusCard.title')}>
            <div className="flex flex-col gap-3">
              <p className="flex flex-wrap items-center gap-2">
                {status}
                <span className="text-sm text-ink-muted">
                  {offer.totalCap === null
                    ? t('offers.statusCard.claims', { claimed: offer.claimedCount })
                    : t('offers.statusCard.claimsOfCap', {
                        claimed: offer.claimedCount,
                        cap: offer.totalCap,
                      })}
                </span>
              </p>
              <p className="text-sm text-ink-muted">{t(`offers.statusCard.${offer.phase}`)}</p>
              {canManage ? (
                <ArchiveButton
                  namespace="offers"
                  archived={archived}
                  onClick={() => {
                    setDone(null);
                    setChange({ id: offer.id, name: title, archive: !archived });
                  }}
                />
              ) : null}
            </div>
          </Card>
        }
      />
      <div className="mt-6 min-w-0">
        <OfferClaims offerId={offer.id} />
      </div>
      <RecordHistory target={{ type: 'offer', id: offer.id }} namespace="offers.activity" />
      <ArchiveDialog
        change={change}
        namespace="offers"
        mutation={trpc.offers.setArchived.mutationOptions()}
        input={({ id, archive }) => ({ offerId: id, archived: archive })}
        refresh={trpc.offers.pathKey()}
        onClose={() => setChange(null)}
        onDone={({ archive }) => {
          setChange(null);
          setDone(archive ? 'archived' : 'restored');
        }}
      />
    </>
  );
};
