'use client';

import { Alert, Card, classNames, DateTime } from '@fidele/ui';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useTRPC } from '@/trpc/react.tsx';
import type { StaffOutputs } from '@/trpc/types.ts';
import { ContestWinners } from './contest-winners.tsx';
import { DisqualifyWinnerDialog, type WinnerToDisqualify } from './disqualify-winner-dialog.tsx';
import { DrawStepButton } from './draw-step-button.tsx';

type Contest = StaffOutputs['contests']['get'];

const STEPS = ['freeze', 'draw', 'replace'] as const;

/** What the published draw is: its hashes, when, and where anyone checks it. */
const PublishedDraw = ({ contest, pageUrl }: { contest: Contest; pageUrl: string }) => {
  const t = useTranslations('contests.draw');
  return (
    <div className="flex flex-col gap-3">
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">{t('frozenAt')}</dt>
        <dd>
          <DateTime value={contest.drawFrozenAt!} />
        </dd>
        <dt className="font-medium">{t('listHash')}</dt>
        <dd className="font-mono break-all" data-testid="draw-list-hash">
          {contest.drawListHash}
        </dd>
        <dt className="font-medium">{t('seedHash')}</dt>
        <dd className="font-mono break-all" data-testid="draw-seed-hash">
          {contest.drawSeedHash}
        </dd>
        {contest.drawnAt ? (
          <>
            <dt className="font-medium">{t('drawnAt')}</dt>
            <dd>
              <DateTime value={contest.drawnAt} />
            </dd>
          </>
        ) : null}
      </dl>
      <p className="text-sm">
        {t(contest.drawnAt ? 'checkDrawn' : 'checkFrozen')}{' '}
        <a
          href={pageUrl}
          target="_blank"
          rel="noopener noreferrer"
          className="font-semibold break-all text-brand-800 underline-offset-2 hover:underline"
        >
          {pageUrl} <span aria-hidden="true">↗</span>
          <span className="sr-only">{t('newTab')}</span>
        </a>
      </p>
    </div>
  );
};

/**
 * The contest's draw, step by step in plain words: freeze the approved entries into the published
 * list (entries and approvals close), draw the winners from it, and replace a disqualified
 * winner by the next person drawn. Each step asks first; the published hashes show with the
 * public page where anyone checks them.
 */
export const ContestDraw = ({ contest, portalUrl }: { contest: Contest; portalUrl: string }) => {
  const t = useTranslations('contests.draw');
  const trpc = useTRPC();
  const [done, setDone] = useState<string | null>(null);
  const [toDisqualify, setToDisqualify] = useState<WinnerToDisqualify>(null);
  const { approved, pending } = contest.entries;
  const current = !contest.drawFrozenAt ? 'freeze' : !contest.drawnAt ? 'draw' : 'replace';
  const leftOut = pending ? (
    <Alert tone="warning">{t('freeze.pendingLeftOut', { count: pending })}</Alert>
  ) : null;
  return (
    <Card title={t('title')} data-testid="contest-draw">
      <div className="flex flex-col gap-4">
        <ol className="flex list-decimal flex-col gap-1 ps-5 text-sm">
          {STEPS.map((step) => (
            <li
              key={step}
              aria-current={step === current ? 'step' : undefined}
              className={classNames(step === current ? 'font-medium text-ink' : 'text-ink-muted')}
            >
              {t(`steps.${step}`)}
            </li>
          ))}
        </ol>
        {done ? <Alert tone="success" title={done} /> : null}

        {contest.drawFrozenAt ? (
          <PublishedDraw contest={contest} pageUrl={`${portalUrl}/contests/${contest.slug}`} />
        ) : (
          <>
            <p className="text-sm">{t('freeze.goesIn', { count: approved })}</p>
            {leftOut}
            <DrawStepButton
              contestId={contest.id}
              label={t('freeze.action')}
              title={t('freeze.title')}
              description={t('freeze.description')}
              confirm={t('freeze.confirm')}
              mutation={trpc.contests.freezeDraw.mutationOptions()}
              disabled={approved === 0}
              onDone={(frozen) => setDone(t('freeze.done', { count: frozen.entries }))}
            >
              <p className="text-sm font-semibold">{t('freeze.goesIn', { count: approved })}</p>
              {leftOut}
            </DrawStepButton>
          </>
        )}

        {contest.drawFrozenAt && !contest.drawnAt ? (
          <DrawStepButton
            contestId={contest.id}
            label={t('draw.action', { count: contest.winnerCount })}
            title={t('draw.title', { count: contest.winnerCount })}
            description={t('draw.description', {
              prize: contest.prizePoints
                ? t('draw.prizePoints', { points: contest.prizePoints })
                : t('draw.prizeReward'),
            })}
            confirm={t('draw.confirm', { count: contest.winnerCount })}
            mutation={trpc.contests.draw.mutationOptions()}
            onDone={(drawn) => setDone(t('draw.done', { count: drawn.winners }))}
          >
            <p className="text-sm font-semibold">{t('draw.from', { count: approved })}</p>
          </DrawStepButton>
        ) : null}

        {contest.drawnAt ? (
          <ContestWinners
            winners={contest.winners}
            onDisqualify={(winner) => {
              setDone(null);
              setToDisqualify(winner);
            }}
          />
        ) : null}
      </div>
      <DisqualifyWinnerDialog
        contestId={contest.id}
        winner={toDisqualify}
        onClose={() => setToDisqualify(null)}
        onDone={({ who, replaced }) =>
          setDone(t(replaced ? 'disqualified' : 'disqualifiedNobodyLeft', { who }))
        }
      />
    </Card>
  );
};
