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
  { href: '/history', key: 'history', icon: 'M4 6h16M4 12h16M4 18h10' },
] as const;

/**
 * The member's sections: a tab bar at the bottom of a phone screen (in reach of the thumb), a row
 * in the header on wider screens.
 */
export const MainNav = () => {
  const t = useTranslations('nav');
  const pathname = usePathname();
  return (
    <nav
      aria-label={t('label')}
      className="fixed inset-x-0 bottom-0 z-10 border-t border-border bg-surface pb-[env(safe-area-inset-bottom)] sm:static sm:border-0 sm:bg-transparent sm:pb-0"
    >
      <ul className="mx-auto flex max-w-md justify-around sm:max-w-none sm:justify-start sm:gap-1">
        {links.map((link) => {
          const current = pathname === link.href;
          return (
            <li key={link.href} className="flex-1 sm:flex-none">
              <Link
                href={link.href}
                aria-current={current ? 'page' : undefined}
                className={classNames(
                  'flex min-h-14 flex-col items-center justify-center gap-0.5 text-xs font-semibold sm:min-h-10 sm:flex-row sm:gap-2 sm:rounded-control sm:px-3 sm:text-sm',
                  current ? 'text-brand-800 sm:bg-brand-50' : 'text-ink-muted hover:text-ink',
                )}
              >
                <svg
                  aria-hidden="true"
                  viewBox="0 0 24 24"
                  className="size-6 sm:size-5"
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
