'use client';

import { classNames } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

const links = [
  { href: '/', key: 'home', icon: 'M3 11l9-7 9 7v9a1 1 0 0 1-1 1h-5v-6H9v6H4a1 1 0 0 1-1-1z' },
  {
    href: '/card',
    key: 'card',
    icon: 'M4 4h6v6H4zM14 4h6v6h-6zM4 14h6v6H4zM14 14h2v2h-2zM18 18h2v2h-2z',
  },
  {
    href: '/rewards',
    key: 'rewards',
    icon: 'M4 10h16v10H4zM3 7h18v3H3zM12 7v13M12 7c-1.5-3-5-3.5-5-1.2C7 7 9.5 7 12 7zM12 7c1.5-3 5-3.5 5-1.2C17 7 14.5 7 12 7z',
  },
  {
    href: '/offers',
    key: 'offers',
    icon: 'M3 4a1 1 0 0 1 1-1h8l9 9a1 1 0 0 1 0 1.4l-7.6 7.6a1 1 0 0 1-1.4 0L3 12zM8 9.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3z',
  },
  {
    href: '/codes',
    key: 'codes',
    icon: 'M3 8a2 2 0 0 0 2-2h14a2 2 0 0 0 2 2v8a2 2 0 0 0-2 2H5a2 2 0 0 0-2-2zM9 6v12',
  },
  {
    href: '/games',
    key: 'games',
    icon: 'M7 8h10a5 5 0 0 1 0 10c-1.7 0-2.6-1-3.4-2h-3.2c-.8 1-1.7 2-3.4 2A5 5 0 0 1 7 8zM8 11v4M6 13h4M15.5 12.5h.01M17.5 14.5h.01',
  },
  // On phones, My status leaves its tab to Games (seven tabs at most): home's tier progress
  // leads to it. The header row of wide screens has room for it.
  {
    href: '/tier',
    key: 'tier',
    icon: 'M3 8l4.5 4L12 5l4.5 7L21 8l-2 11H5zM5 19h14',
    wideOnly: true,
  },
  // Ways to earn: on phones, home's balance card leads to it.
  {
    href: '/earn',
    key: 'earn',
    icon: 'M12 3v18M17 7.5C17 5.6 14.8 4.5 12 4.5S7 5.6 7 7.5s2.2 3 5 3.5 5 1.6 5 3.5-2.2 3-5 3-5-1.1-5-3',
    wideOnly: true,
  },
  // Invitations to private sales come now and then: no tab of their own on phones either. The
  // header row has room for them with its words a little closer together.
  {
    href: '/invitations',
    key: 'invitations',
    icon: 'M3 7a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2zM3 7l9 6 9-6',
    wideOnly: true,
  },
  // No History: one more section fits neither a 360 px tab bar nor, in French, the header row.
  // History is one tap from home's latest activity ("See all history"). Nor Invite friends
  // (/referrals), for the same reason: home and the games page each have a card leading to it.
  {
    href: '/profile',
    key: 'profile',
    icon: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21a8 8 0 0 1 16 0',
  },
] as const;

/**
 * The member's sections: a tab bar at the bottom of phone and tablet screens (in reach of the
 * thumb, seven tabs at most to stay legible at 360 px), a row of words in the header on wide
 * screens.
 */
export const MainNav = () => {
  const t = useTranslations('nav');
  const pathname = usePathname();
  return (
    <nav
      aria-label={t('label')}
      className="fixed inset-x-0 bottom-0 z-10 border-t border-border bg-surface pb-[env(safe-area-inset-bottom)] lg:static lg:border-0 lg:bg-transparent lg:pb-0"
    >
      <ul className="mx-auto flex max-w-md justify-around lg:max-w-none lg:justify-start lg:gap-0">
        {links.map((link) => {
          const current =
            pathname === link.href || (link.href !== '/' && pathname.startsWith(`${link.href}/`));
          return (
            <li
              key={link.href}
              className={classNames('flex-1 lg:flex-none', 'wideOnly' in link && 'hidden lg:block')}
            >
              <Link
                href={link.href}
                aria-current={current ? 'page' : undefined}
                className={classNames(
                  'flex min-h-14 flex-col items-center justify-center gap-0.5 px-0.5 text-center text-[0.6875rem] leading-tight font-semibold tracking-tight lg:min-h-10 lg:flex-row lg:gap-2 lg:rounded-control lg:px-1.5 lg:text-sm lg:whitespace-nowrap',
                  current ? 'text-brand-800 lg:bg-brand-50' : 'text-ink-muted hover:text-ink',
                )}
              >
                <svg
                  aria-hidden="true"
                  viewBox="0 0 24 24"
                  className="size-6 lg:hidden"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="1.8"
                  strokeLinejoin="round"
                  strokeLinecap="round"
                >
                  <path d={link.icon} />
                </svg>
                {t(link.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
};
