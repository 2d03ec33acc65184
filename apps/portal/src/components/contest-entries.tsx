import type { MyContestEntry } from '@fidele/core/contests';
import { Badge, type BadgeTone, DateTime } from '@fidele/ui';
import { SOCIAL_NETWORK_NAMES } from '@fidele/validators';
import { useTranslations } from 'next-intl';
import { PostLink } from './post-link.tsx';

const TONES = {
  PENDING: 'neutral',
  APPROVED: 'success',
  REJECTED: 'danger',
} as const satisfies Record<MyContestEntry['status'], BadgeTone>;

/** The member's entries in a contest: where each stands, and why one was not accepted. */
export const ContestEntries = ({ entries }: { entries: MyContestEntry[] }) => {
  const t = useTranslations('contests.entries');
  return (
    <section className="flex flex-col gap-3" aria-labelledby="contest-entries">
      <h2 id="contest-entries" className="text-lg font-bold">
        {t('title')}
      </h2>
      {entries.length === 0 ? (
        <p className="text-ink-muted">{t('none')}</p>
      ) : (
        <ul className="flex flex-col gap-2" data-testid="contest-entries">
          {entries.map((entry) => (
            <li
              key={entry.id}
              className="flex flex-col gap-1 rounded-control border border-border bg-surface p-3"
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-semibold">
                  {SOCIAL_NETWORK_NAMES[entry.network]} · @{entry.handle}
                </span>
                <Badge tone={TONES[entry.status]}>{t(`status.${entry.status}`)}</Badge>
              </div>
              <span className="text-sm text-ink-muted">
                {t('entered')} <DateTime value={entry.createdAt} format="date" />
              </span>
              {entry.rejectReason ? (
                <span className="text-sm">{t('reason', { reason: entry.rejectReason })}</span>
              ) : null}
              <PostLink href={entry.postUrl}>{t('open')}</PostLink>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
