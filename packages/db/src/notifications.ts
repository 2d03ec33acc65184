import pg from 'pg';

export type NotificationListener = {
  /** True while the connection is up and LISTENing: only then is every notification seen. */
  readonly listening: boolean;
  close(): Promise<void>;
};

const RETRY_MS = { first: 100, max: 5_000 };

/**
 * Listens to a PostgreSQL NOTIFY channel on a connection of its own (a pooled one cannot hold a
 * LISTEN), reconnecting with backoff. `onReset` runs whenever notifications may have been missed
 * (the connection dropped, or before the first LISTEN), so a cache built on them forgets what it
 * holds rather than keep something stale.
 */
export const listenToNotifications = (
  connectionString: string,
  channel: string,
  handlers: { onNotify: (payload: string) => void; onReset: () => void },
): NotificationListener => {
  let client: pg.Client | undefined;
  let listening = false;
  let closed = false;
  let retryMs = RETRY_MS.first;
  let retryTimer: NodeJS.Timeout | undefined;

  const lost = () => {
    listening = false;
    handlers.onReset();
    if (closed || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void connect();
    }, retryMs);
    retryTimer.unref();
    retryMs = Math.min(retryMs * 2, RETRY_MS.max);
  };

  const connect = async () => {
    const current = new pg.Client({ connectionString, keepAlive: true });
    client = current;
    current.on('notification', (message) => {
      if (message.channel === channel) handlers.onNotify(message.payload ?? '');
    });
    current.on('error', () => undefined);
    current.on('end', () => {
      if (client === current) lost();
    });
    try {
      await current.connect();
      await current.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      if (closed) return void (await current.end());
      listening = true;
      retryMs = RETRY_MS.first;
    } catch {
      client = undefined;
      void current.end().catch(() => undefined);
      lost();
    }
  };

  void connect();
  return {
    get listening() {
      return listening;
    },
    close: async () => {
      closed = true;
      listening = false;
      clearTimeout(retryTimer);
      const current = client;
      client = undefined;
      await current?.end().catch(() => undefined);
    },
  };
};
