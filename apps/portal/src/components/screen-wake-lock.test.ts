import { describe, expect, it, vi } from 'vitest';
import { keepScreenAwake, type WakeLockHost } from './screen-wake-lock.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A page whose visibility the test changes, and a wake lock that counts what it holds. */
const fakeBrowser = (request?: () => Promise<void>) => {
  const listeners = new Set<() => void>();
  let held = 0;
  const page = {
    visibilityState: 'visible' as DocumentVisibilityState,
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  };
  const wakeLock = {
    request: vi.fn(async () => {
      await request?.();
      held++;
      return { release: vi.fn(async () => void held--) };
    }),
  };
  const show = (visibility: DocumentVisibilityState) => {
    page.visibilityState = visibility;
    // The browser drops the lock of a hidden page on its own.
    if (visibility === 'hidden') held = 0;
    for (const listener of listeners) listener();
  };
  const host = { document: page, wakeLock } as unknown as WakeLockHost;
  return { host, wakeLock, show, held: () => held, listeners };
};

describe('keeping the screen awake', () => {
  it('holds a lock while shown, and lets go when the card leaves', async () => {
    const browser = fakeBrowser();
    const release = keepScreenAwake(browser.host);
    await settle();
    expect(browser.held()).toBe(1);
    release();
    await settle();
    expect(browser.held()).toBe(0);
    expect(browser.listeners.size).toBe(0);
  });

  it('asks again when the page comes back into view, not while it is hidden', async () => {
    const browser = fakeBrowser();
    keepScreenAwake(browser.host);
    await settle();
    browser.show('hidden');
    await settle();
    expect(browser.wakeLock.request).toHaveBeenCalledTimes(1);
    browser.show('visible');
    await settle();
    expect(browser.wakeLock.request).toHaveBeenCalledTimes(2);
    expect(browser.held()).toBe(1);
  });

  it('releases a lock granted after the card already left', async () => {
    let grant = () => {};
    const browser = fakeBrowser(() => new Promise<void>((resolve) => (grant = resolve)));
    const release = keepScreenAwake(browser.host);
    release();
    grant();
    await settle();
    expect(browser.held()).toBe(0);
  });

  it('does nothing, and throws nothing, where the browser refuses or has no wake lock', async () => {
    const refusing = fakeBrowser(() => Promise.reject(new DOMException('Not allowed')));
    const release = keepScreenAwake(refusing.host);
    await settle();
    expect(refusing.held()).toBe(0);
    expect(release).not.toThrow();
    const without = fakeBrowser();
    expect(() => keepScreenAwake({ document: without.host.document })()).not.toThrow();
  });
});
