'use client';

import { can, type Permission } from '@fidele/auth/permissions';
import { classNames } from '@fidele/ui';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useStaff } from './staff-context.tsx';

const SECTIONS = [
  { href: '/dashboard', label: 'dashboard', permission: 'dashboard:read' },
  { href: '/customers', label: 'customers', permission: 'customers:read' },
  { href: '/rewards', label: 'rewards', permission: 'rewards:read' },
  { href: '/offers', label: 'offers', permission: 'rewards:read' },
  { href: '/private-sales', label: 'privateSales', permission: 'rewards:read' },
  { href: '/messages', label: 'messages', permission: 'messages:read' },
  { href: '/games', label: 'games', permission: 'programme:manage' },
  { href: '/contests', label: 'contests', permission: 'programme:manage' },
  { href: '/referrals', label: 'referrals', permission: 'programme:manage' },
  { href: '/codes', label: 'codes', permission: 'codes:read' },
  { href: '/redemptions', label: 'redemptions', permission: 'redemptions:read' },
  { href: '/purchases', label: 'purchaseList', permission: 'customers:read' },
  // Every role that reads customers sees the ladder; changing it is gated in the page.
  { href: '/tiers', label: 'tiers', permission: 'customers:read' },
  // Like the ladder: every role that reads customers reads segments; changes are gated in the page.
  { href: '/segments', label: 'segments', permission: 'customers:read' },
  { href: '/earning', label: 'earning', permission: 'programme:manage' },
  { href: '/settings', label: 'settings', permission: 'programme:manage' },
  { href: '/shops', label: 'shops', permission: 'shops:manage' },
  { href: '/webhooks', label: 'webhooks', permission: 'webhooks:manage' },
  { href: '/staff', label: 'staff', permission: 'staff:manage' },
  { href: '/audit', label: 'audit', permission: 'audit:read' },
] as const satisfies readonly { href: string; label: string; permission: Permission }[];

/** The sections the signed-in role may use, the current one marked. */
export const ConsoleNav = () => {
  const t = useTranslations('nav');
  const { role } = useStaff();
  const pathname = usePathname();
  return (
    <nav aria-label={t('main')}>
      <ul className="flex flex-wrap gap-1 lg:flex-col">
        {SECTIONS.filter((section) => can(role, section.permission)).map((section) => {
          const current = pathname === section.href || pathname.startsWith(`${section.href}/`);
          return (
            <li key={section.href}>
              <Link
                href={section.href}
                aria-current={current ? 'page' : undefined}
                className={classNames(
                  'flex min-h-10 items-center rounded-control px-3 text-sm font-semibold lg:min-h-9',
                  current
                    ? 'bg-brand-100 text-brand-900'
                    : 'text-ink-muted hover:bg-surface-muted hover:text-ink',
                )}
              >
                {t(section.label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
};
