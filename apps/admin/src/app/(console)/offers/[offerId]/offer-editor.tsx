'use client';

import { Alert, Badge, Button, Card, Dialog, EmptyState, Skeleton } from '@fidele/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { AuditTrailCard } from '@/components/audit-trail-card.tsx';
import { availabilityTone } from '@/components/availability.ts';
import { PageHeader } from '@/components/page-header.tsx';
import { errorKey, QueryError } from '@/components/query-error.tsx';
import { useCan } from '@/components/staff-context.tsx';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';
import { BackToOffers } from '../back-to-offers.tsx';
import { saveFailure } from '../offer-failure.ts';
import { OfferForm } from '../offer-form.tsx';
import { offerFormFrom } from '../offer-form-values.ts';
import { OfferClaims } from './offer-claims.tsx';

type Offer = StaffOutputs['offers']['get'];

/** Asks before archiving or restoring an offer, then refreshes the lists and its history. */
const ArchiveOfferDialog = ({
  offer,
  title,
  archive,
  onClose,
  onDone,
}: {
  offer: Offer;
  title: string;
  /** true to archive, false to restore; null when closed. */
  archive: boolean | null;
  onClose: () => void;
  onDone: (archived: boolean) => void;
}) => {
  const t = useTranslations('offers');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const setArchived = useMutation(
    trpc.offers.setArchived.mutationOptions({
      onSuccess: async (_, { archived }) => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.offers.pathKey() }),
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
      title={t(`${dialog}.title`, { name: title })}
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
              archive !== null && setArchived.mutate({ offerId: offer.id, archived: archive })
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
 * One VIP offer: its form (read-only for the roles that do not run the programme), where it stands
 * (archive or restore it), who claimed it, and every change made to it.
 */
export const OfferEditor = ({ offerId }: { offerId: string }) => {
  const t = useTranslations();
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const canManage = useCan('programme:manage');
  const canReadAudit = useCan('audit:read');
  const justCreated = useSearchParams().get('created') === '1';
  const [archive, setArchive] = useState<boolean | null>(null);
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
        <PageHeader eyebrow={<BackToOffers />} title={t('offers.title')} />
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
        <PageHeader eyebrow={<BackToOffers />} title={<Skeleton className="h-9 w-72" />} />
        <div className="flex flex-col gap-6 xl:grid xl:grid-cols-[minmax(0,1fr)_24rem]">
          <Skeleton className="h-96 w-full" />
          <Skeleton className="h-64 w-full" />
        </div>
      </div>
    );

  const title = locale === 'fr' ? offer.titleFr : offer.titleEn;
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
      <PageHeader eyebrow={<BackToOffers />} title={title} description={status} />
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
              <Alert tone="success" title={t(update.isSuccess ? 'offers.saved' : 'offers.created')}>
                {canReadAudit ? (
                  <a href="#history" className="font-semibold underline underline-offset-2">
                    {t('offers.seeHistory')}
                  </a>
                ) : null}
              </Alert>
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
                <Button
                  variant={archived ? 'secondary' : 'danger'}
                  className="self-start"
                  onClick={() => {
                    setDone(null);
                    setArchive(!archived);
                  }}
                >
                  {t(archived ? 'offers.restore' : 'offers.archive')}
                </Button>
              ) : null}
            </div>
          </Card>
        }
      />
      <div className="mt-6 min-w-0">
        <OfferClaims offerId={offer.id} />
      </div>
      {canReadAudit ? (
        <div id="history" className="mt-6 min-w-0 scroll-mt-6">
          <AuditTrailCard
            target={{ type: 'offer', id: offer.id }}
            title={t('offers.activity.title')}
            empty={t('offers.activity.empty')}
            emptyHint={t('offers.activity.emptyHint')}
          />
        </div>
      ) : null}
      <ArchiveOfferDialog
        offer={offer}
        title={title}
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
