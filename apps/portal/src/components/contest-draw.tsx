'use client';

import type { PublicContestDraw } from '@fidele/core/contests';
import { Alert, Button, Card, DateTime } from '@fidele/ui';
import { SOCIAL_NETWORK_NAMES } from '@fidele/validators';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { checkDraw, type DrawCheck } from './draw-check.ts';

const Hash = ({ label, value }: { label: string; value: string }) => (
  <div className="flex flex-col gap-0.5">
    <dt className="text-sm text-ink-muted">{label}</dt>
    <dd className="break-all font-mono text-xs">{value}</dd>
  </div>
);

/**
 * The contest's draw for anyone: the frozen list and the seed's hash published before it; after
 * it, the winners, the seed, and a button that redoes the draw in the browser.
 */
export const ContestDraw = ({ slug, draw }: { slug: string; draw: PublicContestDraw }) => {
  const t = useTranslations('contests.draw');
  const [check, setCheck] = useState<DrawCheck | 'failed' | null>(null);
  const [checking, setChecking] = useState(false);
  const listHref = `/contests/${encodeURIComponent(slug)}/draw-list`;

  const runCheck = async () => {
    setChecking(true);
    try {
      const response = await fetch(listHref);
      if (!response.ok) throw new Error(`The list answered ${response.status}`);
      setCheck(
        await checkDraw({
          list: await response.text(),
          listHash: draw.listHash,
          seed: draw.seed!,
          seedHash: draw.seedHash,
          winnerPicks: draw.winners.map((winner) => winner.pick),
        }),
      );
    } catch {
      setCheck('failed');
    } finally {
      setChecking(false);
    }
  };

  const verified =
    check !== null &&
    check !== 'failed' &&
    check.listMatches &&
    check.seedMatches &&
    check.winnersMatch;
  return (
    <Card
      as="section"
      className="flex flex-col gap-3"
      aria-labelledby="contest-draw"
      data-testid="contest-draw"
    >
      <h2 id="contest-draw" className="text-lg font-bold">
        {t('title')}
      </h2>
      <p>
        {t('frozen', { entries: draw.entries })} <DateTime value={draw.frozenAt} />
      </p>
      <dl className="flex flex-col gap-2">
        <Hash label={t('listHash')} value={draw.listHash} />
        <Hash label={t('seedHash')} value={draw.seedHash} />
        {draw.seed ? <Hash label={t('seed')} value={draw.seed} /> : null}
      </dl>
      <a href={listHref} className="self-start text-sm font-semibold text-brand-800 underline">
        {t('downloadList')}
      </a>
      {draw.drawnAt ? (
        <>
          <h3 className="font-semibold">{t('winners')}</h3>
          <ol className="flex list-decimal flex-col gap-1 pl-5" data-testid="contest-winners">
            {draw.winners.map((winner) => (
              <li
                key={winner.pick}
                className={winner.disqualified ? 'text-ink-muted line-through' : undefined}
              >
                @{winner.handle} ({SOCIAL_NETWORK_NAMES[winner.network]}){' '}
                <span className="text-sm text-ink-muted">
                  {t('pick', { pick: winner.pick })}
                  {winner.disqualified ? ` · ${t('disqualified')}` : ''}
                </span>
              </li>
            ))}
          </ol>
          <Button variant="secondary" className="self-start" loading={checking} onClick={runCheck}>
            {t('check')}
          </Button>
          {check === 'failed' ? <Alert tone="danger">{t('checkFailed')}</Alert> : null}
          {check && check !== 'failed' ? (
            <Alert
              tone={verified ? 'success' : 'danger'}
              title={verified ? t('verified') : t('mismatch')}
            >
              <ul className="flex flex-col gap-1 text-sm">
                <li>{check.listMatches ? t('listMatches') : t('listDiffers')}</li>
                <li>{check.seedMatches ? t('seedMatches') : t('seedDiffers')}</li>
                <li>{t('recomputed', { picks: check.picks.join(', ') })}</li>
              </ul>
            </Alert>
          ) : null}
        </>
      ) : (
        <p className="text-ink-muted">{t('notDrawnYet')}</p>
      )}
      <p className="text-sm text-ink-muted">{t('howItWorks')}</p>
    </Card>
  );
};
