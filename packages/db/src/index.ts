export { createDb, getDb, pgPoolOf, queryRows } from './client.ts';
export type { Db, Tx } from './client.ts';
export { Prisma } from './generated/prisma/client.ts';
export * from './generated/prisma/enums.ts';
export type * from './generated/prisma/models.ts';
export { isDatabaseUnavailable, isStaleWrite, isUniqueViolation } from './errors.ts';
export { listenToNotifications } from './notifications.ts';
export type { NotificationListener } from './notifications.ts';
