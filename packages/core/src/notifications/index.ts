export {
  countUnreadNotifications,
  listNotifications,
  markNotificationsRead,
} from './notifications.ts';
export type { CustomerNotification, NotificationData } from './notifications.ts';
