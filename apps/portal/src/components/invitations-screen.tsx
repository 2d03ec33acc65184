'use client';

import { buttonStyles, EmptyState, Skeleton } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useTRPC } from '../trpc/react.tsx';
import { InvitationCard } from './invitation-card.tsx';
import { INVITATION_GROUPS, invitationsIn } from './invitation-view.ts';
import { EnvelopePictogram } from './pictograms.tsx';
import { QueryError } from './query-error.tsx';

/**
 * Her invitations to private sales, previews and workshops: those to come (or on now) to answer,
 * then those that are over.
 */
export const InvitationsScreen = () => {
  const t = useTranslations('invitations');
  const trpc = useTRPC();
  const invitations = useQuery(trpc.invitations.list.queryOptions());

  const body = () => {
    if (invitations.isPending)
      return (
        <div className="grid gap-4 md:grid-cols-2" aria-busy="true">
          {Array.from({ length: 2 }, (_, i) => (
            <Skeleton key={i} className="h-72 w-full rounded-card" />
          ))}
        </div>
      );
    if (invitations.isError) return <QueryError onRetry={() => invitations.refetch()} />;
    if (invitations.data.length === 0)
      return (
        <EmptyState
          icon={<EnvelopePictogram />}
          title={t('emptyTitle')}
          description={t('emptyBody')}
          action={
            <Link href="/tier" className={buttonStyles({ size: 'sm' })}>
              {t('emptyAction')}
            </Link>
          }
        />
      );
    return INVITATION_GROUPS.map((group) => {
      const shown = invitationsIn(invitations.data, group);
      return shown.length ? (
        <section key={group} className="flex flex-col gap-3">
          <h2 className="text-lg font-semibold">{t(group)}</h2>
          <div className="grid gap-4 md:grid-cols-2 md:items-start">
            {shown.map((invitation) => (
              <InvitationCard key={invitation.id} invitation={invitation} />
            ))}
          </div>
        </section>
      ) : null;
    });
  };

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-ink-muted">{t('intro')}</p>
      </div>
      {body()}
    </div>
  );
};
