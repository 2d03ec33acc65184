'use client';

import type { CustomerRouter } from '@fidele/api';
import { formatDateTime, useFormatSettings } from '@fidele/ui';
import type { inferRouterOutputs } from '@trpc/server';
import { useLocale, useTranslations } from 'next-intl';
import { appCodeOf, appDetailsOf } from './claim-error.ts';

type Outputs = inferRouterOutputs<CustomerRouter>['games'];

export type ListedGame = Outputs['list'][number];
export type GameDetail = Outputs['get'];
export type PlayResult = Outputs['play'];
export type GamePrize = ListedGame['prizes'][number];
export type GamePlayRecord = GameDetail['plays'][number];

/** Reasons the server gives for "not now" that the member can act on or wait out. */
const WAITS = [
  'game_no_plays_left',
  'game_new_member_wait',
  'game_needs_verified_email',
  'game_not_open',
] as const;

type Wait = (typeof WAITS)[number];

const isWait = (code: string | null | undefined): code is Wait =>
  (WAITS as readonly (string | null | undefined)[]).includes(code);

/** The game's title, text or a prize's label in the member's language. */
export const useGameWords = () => {
  const locale = useLocale();
  return {
    title: (game: Pick<ListedGame, 'title'>) => game.title[locale],
    text: (game: Pick<ListedGame, 'text'>) => game.text[locale],
    prize: (prize: Pick<GamePrize, 'labelEn' | 'labelFr'>) =>
      locale === 'fr' ? prize.labelFr : prize.labelEn,
  };
};

/** A date and time in the programme's time zone, as the other pages show them. */
export const useGameDate = () => {
  const locale = useLocale();
  const { timeZone } = useFormatSettings();
  return (value: Date | string, style: 'dateTime' | 'date' = 'dateTime') =>
    formatDateTime(value, locale, style, timeZone);
};

/** Why the member cannot play a listed game now, with when they can, in words; null if they can. */
export const useBlockedReason = () => {
  const t = useTranslations('games.blocked');
  const date = useGameDate();
  return (game: Pick<ListedGame, 'blockedBy' | 'nextPlayAt'>): string | null => {
    if (!game.blockedBy) return null;
    if (!isWait(game.blockedBy)) return t('generic');
    return t(game.blockedBy, { date: game.nextPlayAt ? date(game.nextPlayAt) : '' });
  };
};

const PLAY_ERRORS = [...WAITS, 'game_not_found', 'game_quiz_over', 'rate_limited'] as const;

/** A refused or failed play in words, with when to come back if the server said. */
export const usePlayError = () => {
  const t = useTranslations('games.errors');
  const date = useGameDate();
  return (error: unknown): string => {
    const code = appCodeOf(error);
    const details = appDetailsOf(error);
    const when = details.nextPlayAt ?? details.playableAt;
    const known = PLAY_ERRORS.find((key) => key === code);
    return known ? t(known, { date: typeof when === 'string' ? date(when) : '' }) : t('generic');
  };
};
