'use client';

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../trpc/react.tsx';
import { useNow } from './use-now.ts';

/** One rotation of the card token; tills also accept the previous token for one more step. */
const STEP_MS = 30_000;
/** A refresh that has not arrived this long after its time means we are offline (or the server is). */
const LATE_MS = 3_000;

export type CardTokenState =
  | { status: 'loading' }
  | { status: 'offline' }
  | { status: 'error'; retry: () => void }
  | { status: 'live'; token: string; secondsLeft: number }
  | { status: 'grace'; token: string; secondsLeft: number }
  | { status: 'expired'; retry: () => void };

const secondsUntil = (time: number, now: number) => Math.max(0, Math.ceil((time - now) / 1_000));

/**
 * The rotating member-card token, fetched again when it rotates. Offline, the last token stays on
 * screen for as long as tills still accept it, then the card says it needs a connection.
 */
export const useCardToken = (): CardTokenState => {
  const trpc = useTRPC();
  const now = useNow();
  const card = useQuery(
    trpc.card.current.queryOptions(undefined, {
      // A skewed clock could ask too early (same token) or wait too long: stay within 1–30 s.
      refetchInterval: (query) => {
        const refreshAt = query.state.data?.refreshAt.getTime();
        return refreshAt ? Math.min(Math.max(refreshAt - Date.now() + 250, 1_000), STEP_MS) : false;
      },
      retry: 1,
    }),
  );
  const retry = () => void card.refetch();

  if (!card.data) {
    if (card.fetchStatus === 'paused') return { status: 'offline' };
    if (card.isError) return { status: 'error', retry };
    return { status: 'loading' };
  }
  const { token, refreshAt } = card.data;
  const rotatesAt = refreshAt.getTime();
  if (now < rotatesAt + LATE_MS)
    return { status: 'live', token, secondsLeft: secondsUntil(rotatesAt, now) };
  if (now < rotatesAt + STEP_MS)
    return { status: 'grace', token, secondsLeft: secondsUntil(rotatesAt + STEP_MS, now) };
  return { status: 'expired', retry };
};
