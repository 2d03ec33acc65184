'use client';

import { classNames, DateTime, EmptyState, Skeleton } from '@fidele/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useEffect, useId, useRef } from 'react';
import { useTRPC } from '../trpc/react.tsx';
import {
  type CustomerNotification,
  notificationLink,
  notificationWords,
} from './notification-view.ts';
import { EnvelopePictogram } from './pictograms.tsx';
import { QueryError } from './query-error.tsx';

/**
 * Once her notices are on screen, marks the unread ones she sees read (not one that arrives
 * meanwhile) and has the bell ask its count again. The
 * list itself is not reloaded now, so what was new stays marked as such while she reads it; it is
 * only marked out of date, to come back read on her next visit.
 */
const useMarkShownRead = (loaded: boolean, shownUnread: string[]) => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const markRead = useMutation(
    trpc.notifications.markRead.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.notifications.unread.queryKey() }),
          queryClient.invalidateQueries({
            queryKey: trpc.notifications.list.queryKey(),
            refetchType: 'none',
          }),
        ]);
      },
    }),
  );
  const { mutate } = markRead;
  const done = useRef(false);
  useEffect(() => {
    if (!loaded || shownUnread.length === 0 || done.current) return;
    done.current = true;
    mutate({ ids: shownUnread });
  }, [loaded, shownUnread, mutate]);
};

/** One notice: what happened, when, and the way to where it is followed. */
const NotificationItem = ({ notification }: { notification: CustomerNotification }) => {
  const t = useTranslations('notifications');
  const locale = useLocale();
  const titleId = useId();
  const { key, name, count } = notificationWords(notification, locale);
  const link = notificationLink(notification);
  const { read } = notification;
  return (
    <li
      data-testid="notification"
      data-kind={notification.kind}
      data-read={String(read)}
      className={classNames(
        'flex gap-3 rounded-card p-4 shadow-card',
        read ? 'bg-surface' : 'bg-brand-50 ring-1 ring-inset ring-brand-200',
      )}
    >
      <span
        aria-hidden="true"
        className={classNames(
          'mt-1.5 size-2.5 shrink-0 rounded-pill',
          read ? 'bg-transparent' : 'bg-brand-600',
        )}
      />
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        {read ? null : <p className="sr-only">{t('unread')}</p>}
        <p
          id={titleId}
          className={classNames(
            'break-words',
            read ? 'font-normal text-ink' : 'font-bold text-brand-900',
          )}
        >
          {t(`titles.${key}`, { name, count: count ?? 0 })}
        </p>
        <DateTime value={notification.createdAt} className="text-sm text-ink-muted" />
        <Link
          href={link.href}
          aria-describedby={titleId}
          className="inline-flex min-h-6 items-center self-start rounded-control text-sm font-semibold text-brand-800 underline underline-offset-4 hover:text-brand-900"
        >
          {t(link.key)}
        </Link>
      </div>
    </li>
  );
};

/** Her notices, the newest first; opening the page marks them read and clears the bell. */
export const NotificationsScreen = () => {
  const t = useTranslations('notifications');
  const trpc = useTRPC();
  const list = useQuery(
    // Back on the window, the list stays as she sees it: unread ones keep their mark.
    trpc.notifications.list.queryOptions(undefined, { refetchOnWindowFocus: false }),
  );
  // Loaded, and not being reloaded: a list kept from an earlier visit is asked again first.
  useMarkShownRead(
    list.isSuccess && !list.isFetching,
    (list.data?.notifications ?? []).filter((n) => !n.read).map((n) => n.id),
  );

  const body = () => {
    if (list.isPending)
      return (
        <div className="flex flex-col gap-3" aria-busy="true">
          {Array.from({ length: 3 }, (_, i) => (
            <Skeleton key={i} className="h-24 w-full rounded-card" />
          ))}
        </div>
      );
    if (list.isError) return <QueryError onRetry={() => list.refetch()} />;
    if (list.data.notifications.length === 0)
      return (
        <EmptyState
          icon={<EnvelopePictogram />}
          title={t('emptyTitle')}
          description={t('emptyBody')}
        />
      );
    return (
      <ol aria-label={t('title')} className="flex flex-col gap-3">
        {list.data.notifications.map((notification) => (
          <NotificationItem key={notification.id} notification={notification} />
        ))}
      </ol>
    );
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
