'use client';

import { useEffect, useRef } from 'react';

/**
 * Saving is done from the foot of a long form: once the server answers, its answer (saved, or
 * refused and why), in the element this ref is given to, is brought into view.
 */
export const useFeedbackInView = (pending: boolean) => {
  const feedback = useRef<HTMLDivElement>(null);
  const wasPending = useRef(pending);
  useEffect(() => {
    if (wasPending.current && !pending) feedback.current?.scrollIntoView({ block: 'start' });
    wasPending.current = pending;
  }, [pending]);
  return feedback;
};
