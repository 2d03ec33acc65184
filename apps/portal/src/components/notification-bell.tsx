'use client';

import { classNames } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTRPC } from '../trpc/react.tsx';
import { unreadBadge } from './notification-view.ts';

/** How often the bell asks for news while the page is open (not while the tab is hidden). */
const POLL_MS = 60_000;

/**
 * The bell in the header, on every screen size: it leads to her notices and shows how many she
 * has not read. The count is asked for every minute and whenever she comes back to the window;
 * should it fail, the bell simply shows no count.
 */
export const NotificationBell = () => {
  const t = useTranslations('notifications');
  const trpc = useTRPC();
  const pathname = usePathname();
  const unread = useQuery(
    trpc.notifications.unread.queryOptions(undefined, {
      refetchInterval: POLL_MS,
      // Back from another tab (where she may have read them), the count is asked again at once.
      refetchOnWindowFocus: 'always',
    }),
  );
  const count = unread.data ?? 0;
  const badge = unreadBadge(count);
  const current = pathname === '/notifications';
  return (
    <Link
      href="/notifications"
      data-testid="notification-bell"
      aria-label={badge ? t('bellUnread', { count }) : t('bell')}
      aria-current={current ? 'page' : undefined}
      className={classNames(
        'relative grid size-10 shrink-0 place-items-center rounded-control hover:bg-brand-50',
        current ? 'bg-brand-50 text-brand-800' : 'text-brand-800',
      )}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-6"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
        strokeLinecap="round"
      >
        <path d="M6 16V11a6 6 0 0 1 12 0v5l1.5 2h-15zM10 20.5a2 2 0 0 0 4 0" />
      </svg>
      {badge ? (
        <span
          aria-hidden="true"
          data-testid="unread-count"
          className="absolute -top-0.5 -right-0.5 grid h-5 min-w-5 place-items-center rounded-pill bg-danger-700 px-1 text-xs leading-none font-bold text-white tabular-nums ring-2 ring-surface"
        >
          {badge}
        </span>
      ) : null}
    </Link>
  );
};
