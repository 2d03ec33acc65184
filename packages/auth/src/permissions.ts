import type { StaffRole } from '@fidele/db';

/** What a staff member may do, by role. Every staff procedure names one. */
export const PERMISSIONS = {
  'customers:read': ['OWNER', 'MARKETING', 'STORE_MANAGER', 'SUPPORT'],
  /** The admin's home: members, points, codes, sales and messages per channel. */
  'dashboard:read': ['OWNER', 'MARKETING', 'STORE_MANAGER'],
  /** Without it, the dashboard counts only what happened in the shops the staff member works in. */
  'dashboard:all-shops': ['OWNER', 'MARKETING'],
  'points:adjust': ['OWNER', 'SUPPORT'],
  /** Put a customer on a tier until a date, whatever the review says. */
  'tiers:pin': ['OWNER', 'MARKETING', 'SUPPORT'],
  'shops:manage': ['OWNER'],
  /** Invite staff, change their role and shops, disable them. */
  'staff:manage': ['OWNER'],
  /** Their own account: every role changes their own password. */
  'account:manage': ['OWNER', 'MARKETING', 'STORE_MANAGER', 'SUPPORT'],
  'api-keys:manage': ['OWNER'],
  /** Outbound webhooks: endpoints, their secrets, deliveries and replays. */
  'webhooks:manage': ['OWNER'],
  'audit:read': ['OWNER', 'SUPPORT', 'MARKETING'],
  'programme:manage': ['OWNER', 'MARKETING'],
  /** Prepare private sales, previews and workshops and invite to them. */
  'private-sales:manage': ['OWNER', 'MARKETING', 'STORE_MANAGER'],
  /** Without it, private sales are limited to the shops the staff member works in (none online). */
  'private-sales:all-shops': ['OWNER', 'MARKETING'],
  /** The outbox: every message, its state and why it waits; the development SMS outbox. */
  'messages:read': ['OWNER', 'MARKETING', 'SUPPORT'],
  /** Send a service message again (support's answer to "I never got it"). */
  'messages:resend': ['OWNER', 'SUPPORT'],
  'rewards:read': ['OWNER', 'MARKETING', 'STORE_MANAGER', 'SUPPORT'],
  'codes:read': ['OWNER', 'MARKETING', 'STORE_MANAGER', 'SUPPORT'],
  'codes:cancel': ['OWNER', 'SUPPORT'],
  'redemptions:read': ['OWNER', 'MARKETING', 'STORE_MANAGER', 'SUPPORT'],
  /** Without it, redemptions are limited to the shops the staff member works in. */
  'redemptions:all-shops': ['OWNER', 'MARKETING', 'SUPPORT'],
  /** Download all of a customer's data, at her request (GDPR access). */
  'customers:export-data': ['OWNER'],
  /** Correct a customer's name, phone and email (a new email waits for her confirmation). */
  'customers:correct': ['OWNER', 'SUPPORT'],
  /** Email a customer a link to sign in by choosing a password. */
  'customers:send-link': ['OWNER', 'SUPPORT'],
  /** Block an account (no sign-in, nothing spent at a till) and unblock it. */
  'customers:block': ['OWNER', 'SUPPORT'],
  /** Merge two accounts of one person into one (points, purchases, codes, history). */
  'customers:merge': ['OWNER', 'SUPPORT'],
  /** Erase a customer's personal data, at her request (GDPR erasure). */
  'customers:erase': ['OWNER'],
  /** How long the data of customers without contact is kept before the retention job erases it. */
  'retention:manage': ['OWNER'],
  /** Exports carry customers' emails and phones only with it. */
  'customers:export-contacts': ['OWNER', 'MARKETING', 'SUPPORT'],
  /** Without it, purchases are limited to the shops the staff member works in. */
  'purchases:all-shops': ['OWNER', 'MARKETING', 'SUPPORT'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export const can = (role: StaffRole, permission: Permission): boolean =>
  (PERMISSIONS[permission] as readonly StaffRole[]).includes(role);
