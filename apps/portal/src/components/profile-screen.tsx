'use client';

import { Card, Skeleton } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useTRPC } from '../trpc/react.tsx';
import { ConsentSettings } from './consent-settings.tsx';
import { PortalLocaleSwitcher } from './portal-locale-switcher.tsx';
import { ProfileForm } from './profile-form.tsx';
import { QueryError } from './query-error.tsx';

/** The member's own details; completing them earns the profile bonus. */
export const ProfileScreen = () => {
  const t = useTranslations('profile');
  const trpc = useTRPC();
  const profile = useQuery(trpc.profile.get.queryOptions());

  const body = () => {
    if (profile.isPending)
      return (
        <div className="flex flex-col gap-4" aria-busy="true">
          {Array.from({ length: 5 }, (_, i) => (
            <Skeleton key={i} className="h-16 w-full" />
          ))}
        </div>
      );
    if (profile.isError) return <QueryError onRetry={() => profile.refetch()} />;
    return <ProfileForm profile={profile.data} />;
  };

  return (
    <div className="flex max-w-xl flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-ink-muted">{t('intro')}</p>
      </div>
      <Card as="div" className="flex flex-col gap-4">
        {body()}
      </Card>
      <ConsentSettings />
      <Card as="div" className="flex flex-col gap-2">
        <h2 className="text-sm font-medium text-ink">{t('language')}</h2>
        <p className="text-sm text-ink-muted">{t('languageHint')}</p>
        <PortalLocaleSwitcher signedIn />
      </Card>
    </div>
  );
};
