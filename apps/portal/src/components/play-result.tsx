'use client';

import { Button, buttonStyles } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { CodeText } from './code-text.tsx';
import { type PlayResult, useGameDate, useGameWords } from './game-view.ts';
import { NextReward } from './rewards-at-a-glance.tsx';

/** What a play gave, in one sentence: the live region says it, the result panel shows it. */
export const usePlayOutcome = () => {
  const t = useTranslations('games.result');
  const words = useGameWords();
  return (result: PlayResult) => {
    if (result.via === 'streak')
      return t('checkedIn', { day: result.streakDay ?? 1, count: result.points });
    return result.prize ? t('won', { prize: words.prize(result.prize) }) : t('tryAgain');
  };
};

export type PlayResultPanelProps = {
  result: PlayResult;
  onPlayAgain: () => void;
};

/**
 * After a play: the points won and the new balance, a won reward's code, the way to spend the
 * points, and either another play or when the next one opens.
 */
export const PlayResultPanel = ({ result, onPlayAgain }: PlayResultPanelProps) => {
  const t = useTranslations('games');
  const tCode = useTranslations('issuedCode');
  const date = useGameDate();
  const outcome = usePlayOutcome()(result);
  return (
    <div data-testid="play-result" className="flex flex-col gap-3 rounded-card bg-brand-50 p-4">
      <p className="text-xl font-bold text-brand-900">{outcome}</p>
      {result.points > 0 ? (
        <p data-testid="points-won" className="text-3xl font-extrabold text-brand-800 tabular-nums">
          {t('result.points', { count: result.points })}
        </p>
      ) : null}
      <p data-testid="new-balance" className="font-semibold">
        {t('result.newBalance', { count: result.pointsBalance })}
      </p>
      {result.code ? (
        <div className="flex flex-col gap-2">
          <CodeText
            code={result.code.code}
            formatted={result.code.formatted}
            label={tCode('codeLabel')}
            copyLabels={{ copy: tCode('copy'), copied: tCode('copied') }}
          />
          <p className="text-sm text-ink-muted">
            {tCode('validUntil', { date: date(result.code.validUntil, 'date') })}
          </p>
        </div>
      ) : null}
      {result.points > 0 ? <NextReward withLink={false} /> : null}
      <div className="flex flex-wrap gap-2">
        {result.playsLeft > 0 && result.via !== 'streak' ? (
          <Button onClick={onPlayAgain}>{t('result.playAgain')}</Button>
        ) : null}
        {result.code ? (
          <Link href="/codes" className={buttonStyles({ variant: 'secondary' })}>
            {t('result.seeCode')}
          </Link>
        ) : null}
        <Link href="/rewards" className={buttonStyles({ variant: 'secondary' })}>
          {t('result.spend')}
        </Link>
      </div>
      {result.nextPlayAt ? (
        <p data-testid="next-play" className="text-sm">
          {t('blocked.game_no_plays_left', { date: date(result.nextPlayAt) })}
        </p>
      ) : null}
    </div>
  );
};
