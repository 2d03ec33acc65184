import { type Db, listenToNotifications } from '@fidele/db';
import {
  authenticateApiKey,
  hashApiKey,
  isPlausibleApiKey,
  recordApiKeyUse,
  type Terminal,
  unauthorized,
} from './api-key.ts';

/** The channel the `api_key_change_notifications` migration's triggers notify on. */
const CHANNEL = 'api_key_changed';
/** A backstop only: changes arrive by notification within milliseconds. */
const ENTRY_TTL_MS = 5 * 60_000;
const LAST_USE_EVERY_MS = 60_000;
/** Shops have a few keys each; a bound keeps memory flat whatever happens. */
const MAX_ENTRIES = 10_000;

export type ApiKeyCache = {
  /** Whether keys are kept (the LISTEN connection is up); otherwise each request reads its key. */
  readonly listening: boolean;
  authenticate: (key: string | undefined) => Promise<Terminal>;
  close: () => Promise<void>;
};

/**
 * API keys authenticated from memory, so a till's request does not read the database to know
 * who it is. A key is kept only while the process LISTENs to the keys' changes: a revocation, a
 * change of scopes or of the key's shop is notified at commit and forgets the key at once (the
 * database's triggers notify, whoever made the change), and a lost connection forgets them all.
 * A lookup that a change overtook is not kept (`generation`). Unknown keys are never kept. The
 * key's `lastUsedAt` is written in the background at most once a minute per key and process.
 */
export const createApiKeyCache = (
  db: Db,
  connectionString: string,
  options: { onError?: (error: unknown) => void } = {},
): ApiKeyCache => {
  const entries = new Map<string, { terminal: Terminal; cachedAt: number }>();
  const lastUseWritten = new Map<string, number>();
  let generation = 0;
  const forget = (hash: string) => {
    generation++;
    if (hash === '*') entries.clear();
    else entries.delete(hash);
  };
  const listener = listenToNotifications(connectionString, CHANNEL, {
    onNotify: forget,
    onReset: () => forget('*'),
  });

  const noteUse = (apiKeyId: string, now: number) => {
    if (now - (lastUseWritten.get(apiKeyId) ?? 0) < LAST_USE_EVERY_MS) return;
    lastUseWritten.set(apiKeyId, now);
    recordApiKeyUse(db, apiKeyId).catch((error: unknown) => options.onError?.(error));
  };

  return {
    get listening() {
      return listener.listening;
    },
    authenticate: async (key) => {
      if (!isPlausibleApiKey(key)) throw unauthorized();
      const hash = hashApiKey(key);
      const now = Date.now();
      const hit = entries.get(hash);
      if (hit && now - hit.cachedAt < ENTRY_TTL_MS) {
        noteUse(hit.terminal.apiKeyId!, now);
        return hit.terminal;
      }
      const lookedUpIn = generation;
      const terminal = await authenticateApiKey(db, key);
      lastUseWritten.set(terminal.apiKeyId!, now);
      if (listener.listening && generation === lookedUpIn) {
        if (entries.size >= MAX_ENTRIES) entries.clear();
        entries.set(hash, { terminal: Object.freeze(terminal), cachedAt: now });
      }
      return terminal;
    },
    close: () => listener.close(),
  };
};
