'use client';

import type { CustomerRouter } from '@fidele/api';
import { Alert, Button, buttonStyles, ProgressBar, Skeleton } from '@fidele/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { useTRPC } from '../trpc/react.tsx';
import { usePlayError } from './game-view.ts';
import { NextReward } from './rewards-at-a-glance.tsx';
import { type GamePlay, useRefreshAfterPlay } from './use-game-play.ts';
import { useNow } from './use-now.ts';

type Outputs = inferRouterOutputs<CustomerRouter>['games']['quiz'];
type Question = NonNullable<Outputs['current']>;
type Answered = Outputs['answer'];

/** A question with the local time its answers stop scoring: the browser's clock may differ. */
type Shown = Question & { localAnswerBy: number };

/** A question just received: its time counts from now, as the server's did when it sent it. */
const shownNow = (question: Question): Shown => ({
  ...question,
  localAnswerBy: Date.now() + (question.answerBy.getTime() - question.shownAt.getTime()),
});

const secondsOf = (question: Question) =>
  Math.round((question.answerBy.getTime() - question.shownAt.getTime()) / 1000);

export type QuizBoardProps = {
  gameId: string;
  play: GamePlay;
  /** Why a quiz cannot begin now, said while no quiz is under way. */
  blockedReason: string | null;
};

/**
 * A quiz: the questions one at a time with the time left, each answer marked by the server (the
 * mark and the right answer shown above the next question, whose time has already started), and
 * the points once the last answer is in. A quiz left half-answered carries on after a reload.
 */
export const QuizBoard = ({ gameId, play, blockedReason }: QuizBoardProps) => {
  const t = useTranslations('games.quiz');
  const tResult = useTranslations('games.result');
  const locale = useLocale() as 'en' | 'fr';
  const trpc = useTRPC();
  const refresh = useRefreshAfterPlay();
  const playError = usePlayError();
  const resumed = useQuery(trpc.games.quiz.current.queryOptions({ gameId }));
  const [question, setQuestion] = useState<Shown | null>(null);
  const [last, setLast] = useState<(Answered & { asked: Shown }) | null>(null);
  const asked = useRef<Shown | null>(null);

  const begun = play.result?.quiz ?? null;
  useEffect(() => {
    if (begun && !last) setQuestion(shownNow(begun));
  }, [begun, last]);
  useEffect(() => {
    if (resumed.data && !question && !last)
      setQuestion({ ...resumed.data, localAnswerBy: resumed.data.answerBy.getTime() });
  }, [resumed.data, question, last]);

  const answer = useMutation(
    trpc.games.quiz.answer.mutationOptions({
      onSuccess: (answered) => {
        setLast({ ...answered, asked: asked.current! });
        setQuestion(answered.next && shownNow(answered.next));
        if (answered.ended) void refresh();
      },
    }),
  );
  const send = (choice: number | null) => {
    if (!question || answer.isPending) return;
    asked.current = question;
    answer.mutate({ playId: question.playId, question: question.question, answer: choice });
  };

  const now = useNow(250);
  const secondsLeft = question ? Math.max(0, Math.ceil((question.localAnswerBy - now) / 1000)) : 0;
  const timeUp = question !== null && secondsLeft === 0;
  useEffect(() => {
    // Time is up: the question goes unanswered, and the next one comes. Once per question.
    if (timeUp) send(null);
  }, [timeUp, question?.playId, question?.question]);

  if (resumed.isPending) return <Skeleton className="h-64 w-full" />;
  const ended = last?.ended ?? null;
  return (
    <div className="flex flex-col gap-4" data-testid="quiz">
      <p role="status" aria-live="polite" className="font-semibold" data-testid="quiz-mark">
        {last
          ? t(`mark.${last.mark}`, { answer: last.asked.answers[last.rightAnswer]![locale] })
          : null}
      </p>
      {ended ? (
        <div data-testid="play-result" className="flex flex-col gap-3 rounded-card bg-brand-50 p-4">
          <p className="text-xl font-bold text-brand-900">
            {t('ended', { right: ended.rightAnswers, questions: last!.question + 1 })}
          </p>
          {ended.points > 0 ? (
            <p
              data-testid="points-won"
              className="text-3xl font-extrabold text-brand-800 tabular-nums"
            >
              {tResult('points', { count: ended.points })}
            </p>
          ) : null}
          <p data-testid="new-balance" className="font-semibold">
            {tResult('newBalance', { count: ended.pointsBalance })}
          </p>
          <NextReward withLink={false} />
          <Link href="/rewards" className={buttonStyles({ variant: 'secondary' })}>
            {tResult('spend')}
          </Link>
        </div>
      ) : question ? (
        <fieldset className="flex flex-col gap-3" disabled={answer.isPending}>
          <legend className="mb-2 flex w-full flex-col gap-1">
            <span className="text-sm text-ink-muted">
              {t('progress', { question: question.question + 1, questions: question.questions })}
            </span>
            <span className="text-lg font-bold">{question.text[locale]}</span>
          </legend>
          <ProgressBar
            value={secondsLeft}
            max={secondsOf(question)}
            label={t('timeLabel')}
            valueText={t('timeLeft', { seconds: secondsLeft })}
          />
          <p className="text-sm tabular-nums" aria-hidden="true">
            {t('timeLeft', { seconds: secondsLeft })}
          </p>
          <div className="grid gap-2">
            {question.answers.map((choice, index) => (
              <Button key={index} variant="secondary" onClick={() => send(index)}>
                {choice[locale]}
              </Button>
            ))}
          </div>
        </fieldset>
      ) : blockedReason ? (
        <Alert tone="info">{blockedReason}</Alert>
      ) : (
        <div className="flex flex-col gap-3">
          <p>{t('intro')}</p>
          <Button onClick={play.start} disabled={play.pending}>
            {t('start')}
          </Button>
        </div>
      )}
      {answer.error ? <Alert tone="danger">{playError(answer.error)}</Alert> : null}
    </div>
  );
};
