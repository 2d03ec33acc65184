export {
  API_SCOPES,
  authenticateApiKey,
  channelOfShop,
  createApiKey,
  generateApiKey,
  hashApiKey,
  requireScope,
} from './api-key.ts';
export type { ApiScope, Terminal } from './api-key.ts';
