'use client';

import { buttonStyles, Card } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useTRPC } from '../trpc/react.tsx';
import { eventWords, invitationLine, invitationsIn } from './invitation-view.ts';

/** What she may still act on: not declined, not checked in yet. */
const ANSWERED_OR_NOT = new Set(['INVITED', 'ACCEPTED', 'WAITLISTED']);

/**
 * Home's invitations: the events still to come she is invited to, with her answer, and the way
 * to answer them (on phones, the navigation has no tab for them). Nothing when she has none.
 */
export const InvitationsForYou = () => {
  const t = useTranslations('invitations');
  const locale = useLocale();
  const trpc = useTRPC();
  const invitations = useQuery(trpc.invitations.list.queryOptions());
  const upcoming = invitationsIn(invitations.data ?? [], 'upcoming').filter((invitation) =>
    ANSWERED_OR_NOT.has(invitation.status),
  );
  if (upcoming.length === 0) return null;
  return (
    <Card title={t('homeTitle')} data-testid="home-invitations" className="flex flex-col gap-3">
      <ul className="flex flex-col divide-y divide-border">
        {upcoming.slice(0, 2).map((invitation) => (
          <li key={invitation.id} className="flex flex-col py-2 first:pt-0">
            <span className="font-semibold">{eventWords(invitation.privateSale, locale).name}</span>
            <span className="text-sm text-ink-muted">
              {t(`status.${invitationLine(invitation)}`)}
            </span>
          </li>
        ))}
      </ul>
      <Link
        href="/invitations"
        className={buttonStyles({ variant: 'secondary', fullWidth: true, size: 'sm' })}
      >
        {t('homeAction')}
      </Link>
    </Card>
  );
};
