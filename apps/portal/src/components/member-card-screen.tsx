'use client';

import { Skeleton } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useTRPC } from '../trpc/react.tsx';
import { MemberCard } from './member-card.tsx';
import { SunPictogram } from './pictograms.tsx';
import { QueryError } from './query-error.tsx';
import { useTierName } from './tier-name.ts';

/** The card alone, as large as the screen allows, for the scanner at the till. */
export const MemberCardScreen = () => {
  const t = useTranslations('card');
  const tierName = useTierName();
  const trpc = useTRPC();
  const me = useQuery(trpc.me.queryOptions());
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-ink-muted">{t('intro')}</p>
      </div>
      {me.isError ? (
        <QueryError onRetry={() => me.refetch()} />
      ) : me.data ? (
        <MemberCard
          size="full"
          memberCode={me.data.memberCode}
          name={me.data.firstName}
          tierName={tierName(me.data.tier)}
        />
      ) : (
        <Skeleton className="h-[30rem] w-full rounded-card" />
      )}
      <p className="flex items-start gap-2 text-sm text-ink-muted">
        <SunPictogram />
        {t('brightness')}
      </p>
    </div>
  );
};
