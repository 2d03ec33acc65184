'use client';

import { useEffect } from 'react';
import { keepScreenAwake } from './screen-wake-lock.ts';

/** Keeps the screen awake while the component is shown, where the browser allows it. */
export const useWakeLock = () => {
  useEffect(
    () =>
      keepScreenAwake({
        document,
        wakeLock: 'wakeLock' in navigator ? navigator.wakeLock : undefined,
      }),
    [],
  );
};
