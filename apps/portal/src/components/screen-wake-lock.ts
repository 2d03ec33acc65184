/** What keeping the screen awake needs of the browser: the page's visibility and its wake lock. */
export type WakeLockHost = {
  document: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
  wakeLock?: { request: (type: 'screen') => Promise<{ release: () => Promise<void> }> };
};

/**
 * Keeps the screen from dimming while the card is shown (a cashier may take a while to scan it):
 * asks for a screen wake lock now, and again each time the page comes back into view (the
 * browser drops the lock when it is hidden). Where there is no Wake Lock API, or the browser
 * refuses (battery saver, no user activation, headless), the screen simply dims as usual.
 * Returns what lets the screen dim again.
 */
export const keepScreenAwake = ({ document, wakeLock }: WakeLockHost): (() => void) => {
  if (!wakeLock) return () => {};
  let held: { release: () => Promise<void> } | undefined;
  let stopped = false;
  const request = async () => {
    if (document.visibilityState !== 'visible') return;
    try {
      const lock = await wakeLock.request('screen');
      if (stopped) await lock.release();
      else held = lock;
    } catch {
      // Refused: nothing to undo, and nothing the customer can do about it.
    }
  };
  const onVisibilityChange = () => void request();
  void request();
  document.addEventListener('visibilitychange', onVisibilityChange);
  return () => {
    stopped = true;
    document.removeEventListener('visibilitychange', onVisibilityChange);
    held?.release().catch(() => {});
    held = undefined;
  };
};
