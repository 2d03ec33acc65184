'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTRPC } from '../trpc/react.tsx';

/**
 * After a play (or a quiz's last answer): plays left, the streak, the balance, the history, a won
 * code and the rewards within reach all moved.
 */
export const useRefreshAfterPlay = () => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [
        trpc.games.pathKey(),
        trpc.me.queryKey(),
        trpc.movements.pathKey(),
        trpc.codes.pathKey(),
        trpc.rewards.pathKey(),
      ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
};

/**
 * One play of a game at a time: the server decides it, then the screen animates to its outcome
 * and says `reveal()` when the member may see it. The play id is made once per tap and kept until
 * the server answers it, so a double tap, or a retry after a lost answer, plays once.
 */
export const useGamePlay = (gameId: string) => {
  const trpc = useTRPC();
  const refresh = useRefreshAfterPlay();
  const playId = useRef<string | null>(null);
  const [revealed, setRevealed] = useState(false);
  const play = useMutation(
    trpc.games.play.mutationOptions({
      onSuccess: () => {
        playId.current = null;
      },
      onSettled: refresh,
    }),
  );
  return {
    result: play.data,
    error: play.error,
    pending: play.isPending,
    revealed: play.isSuccess && revealed,
    start: () => {
      if (play.isPending) return;
      playId.current ??= crypto.randomUUID();
      setRevealed(false);
      play.mutate({ gameId, playId: playId.current });
    },
    reveal: () => setRevealed(true),
    /** Back to a fresh play (after "Play again"). */
    reset: () => {
      play.reset();
      setRevealed(false);
    },
  };
};

export type GamePlay = ReturnType<typeof useGamePlay>;
