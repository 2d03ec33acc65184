'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@/trpc/react.tsx';

/**
 * Refetches what shows a contest once it changed: the contest (its counts, draw and winners), its
 * entries, what it brought, and the history of changes.
 */
export const useContestRefresh = () => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.contests.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
    ]);
};
