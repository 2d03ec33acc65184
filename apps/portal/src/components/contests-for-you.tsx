'use client';

import { Badge, buttonStyles } from '@fidele/ui';
import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useTRPC } from '../trpc/react.tsx';
import { useGameDate } from './game-view.ts';

/** The social contests on now (and just ended), each with how many posts she entered. */
export const ContestsForYou = () => {
  const t = useTranslations('contests');
  const locale = useLocale();
  const date = useGameDate();
  const trpc = useTRPC();
  const contests = useQuery(trpc.contests.list.queryOptions());
  // A section that only shows when there is something in it: games are the page's subject.
  if (!contests.data?.length) return null;
  return (
    <section className="flex flex-col gap-4" aria-labelledby="contests-for-you">
      <div>
        <h2 id="contests-for-you" className="text-xl font-bold">
          {t('list.title')}
        </h2>
        <p className="mt-1 text-ink-muted">{t('list.intro')}</p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {contests.data.map((contest) => (
          <article
            key={contest.id}
            data-testid="contest-card"
            className="flex flex-col gap-3 rounded-card bg-surface p-4 shadow-card sm:p-5"
          >
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h3 className="text-lg font-semibold">{contest.title[locale]}</h3>
              <Badge tone={contest.status === 'running' ? 'success' : 'neutral'}>
                {t(`status.${contest.status}`)} {date(contest.endsAt, 'date')}
              </Badge>
            </div>
            <p className="text-ink-muted">{contest.text[locale]}</p>
            <p className="text-sm font-semibold">
              {t('list.yourEntries', { count: contest.entries.length })}
            </p>
            <Link
              href={`/contests/${contest.slug}`}
              className={`mt-auto self-start ${buttonStyles({ size: 'sm' })}`}
            >
              {t('list.see')}
            </Link>
          </article>
        ))}
      </div>
    </section>
  );
};
