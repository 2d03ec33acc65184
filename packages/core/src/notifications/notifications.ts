import type { Db, NotificationKind } from '@fidele/db';

/** What a notice carries for the portal to put it in words and link it. */
export type NotificationData = {
  invitationId?: string;
  privateSaleId?: string;
  nameEn?: string;
  nameFr?: string;
  /** A contest's notice links its page. */
  contestSlug?: string;
  /** A referral's notice: her side of it, the other member's first name, the points paid. */
  role?: 'FRIEND' | 'REFERRER';
  name?: string;
  points?: number;
};

export type CustomerNotification = {
  id: string;
  kind: NotificationKind;
  data: NotificationData;
  read: boolean;
  createdAt: Date;
};

const PAGE = 30;

/** Her latest notices, the newest first, and how many she has not read. */
export const listNotifications = async (db: Db, customerId: string) => {
  const [rows, unread] = await Promise.all([
    db.notification.findMany({
      where: { customerId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: PAGE,
      select: { id: true, kind: true, data: true, readAt: true, createdAt: true },
    }),
    countUnreadNotifications(db, customerId),
  ]);
  return {
    notifications: rows.map(({ readAt, data, ...row }): CustomerNotification => ({
      ...row,
      data: data as NotificationData,
      read: readAt !== null,
    })),
    unread,
  };
};

/** What the bell shows on every page: one count on the unread notices' own index. */
export const countUnreadNotifications = (db: Db, customerId: string) =>
  db.notification.count({ where: { customerId, readAt: null } });

/** Marks her notices read: the ones named, or all of them. Only hers: others' ids do nothing. */
export const markNotificationsRead = async (
  db: Db,
  input: { customerId: string; ids?: string[]; now?: Date },
) => {
  const { count } = await db.notification.updateMany({
    where: {
      customerId: input.customerId,
      readAt: null,
      ...(input.ids ? { id: { in: input.ids } } : {}),
    },
    data: { readAt: input.now ?? new Date() },
  });
  return { marked: count };
};
