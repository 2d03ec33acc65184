export { apiRequestsPerKey, minutesToWait, RATE_LIMITS } from './policies.ts';
export type { RateLimitPolicy } from './policies.ts';
export {
  checkRateLimit,
  consumeRateLimit,
  isRateLimitedError,
  RateLimitedError,
  resetRateLimit,
} from './limiter.ts';
export { clientAddressOf } from './client-address.ts';
