'use client';

import { useWakeLock } from './use-wake-lock.ts';

/** Keeps the screen on while the page that renders it is shown; it draws nothing. */
export const ScreenAwake = () => {
  useWakeLock();
  return null;
};
