export {
  API_SCOPES,
  authenticateApiKey,
  channelOfShop,
  createApiKey,
  generateApiKey,
  hashApiKey,
  isPlausibleApiKey,
  requireScope,
} from './api-key.ts';
export type { ApiScope, Terminal } from './api-key.ts';
export { issueApiKey, listApiKeys, revokeApiKey } from './key-management.ts';
export type { ApiKeyView, IssuedApiKey } from './key-management.ts';
export { createApiKeyCache } from './key-cache.ts';
export type { ApiKeyCache } from './key-cache.ts';
