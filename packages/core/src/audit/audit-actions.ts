/**
 * Every action the audit log shows, by area. `recordAudit` takes only these, so an action cannot
 * be written without being here, and a unit test keeps each one's words in the admin's messages;
 * the admin's filter groups them by area. The `terminal` ones are not audit rows: they are the
 * purchases, refunds and redemptions tills and the e-shop record with their API key, read from
 * their own tables (their hot paths write no audit row).
 */
export const AUDIT_ACTIONS = {
  customers: [
    'customer.enrol',
    'customer.sign_up',
    'customer.profile_update',
    'customer.contact_correct',
    'customer.email_change',
    'customer.consent_change',
    'customer.invitation_accept',
    'customer.password_reset',
    'customer.password_change',
    'customer.password_link_send',
    'customer.data_export',
    'customer.erase',
    'customer.block',
    'customer.unblock',
    'customer.merge',
    'points.adjust',
    'tier.pin',
    'tier.unpin',
    'code.cancel',
    'message.resend',
  ],
  terminal: ['purchase.record', 'refund.record', 'code.redeem'],
  rewards: ['reward.create', 'reward.update', 'reward.archive', 'reward.restore'],
  earning: [
    'earn_rule.create',
    'earn_rule.update',
    'earn_rule.archive',
    'earn_rule.restore',
    'programme_settings.update',
    'tiers.save',
  ],
  segments: ['segment.create', 'segment.update', 'segment.archive', 'segment.restore'],
  offers: ['offer.create', 'offer.update', 'offer.archive', 'offer.restore'],
  privateSales: [
    'private_sale.create',
    'private_sale.update',
    'private_sale.archive',
    'private_sale.restore',
    'private_sale.invite',
  ],
  games: ['game.create', 'game.update', 'game.archive', 'game.restore', 'game.play.void'],
  contests: [
    'contest.create',
    'contest.update',
    'contest.archive',
    'contest.restore',
    'contest.entries.import',
    'contest.entry.approve',
    'contest.entry.reject',
    'contest.entry.claim_confirm',
    'contest.entry.claim_refuse',
    'contest.draw.freeze',
    'contest.draw',
    'contest.winner.disqualify',
  ],
  referrals: ['referral.approve', 'referral.reject'],
  messages: ['message_settings.update', 'automation.update'],
  shops: ['shop.create', 'shop.webhook_secret.rotate', 'api-key.create', 'api-key.revoke'],
  webhooks: [
    'webhook_endpoint.create',
    'webhook_endpoint.update',
    'webhook_endpoint.rotate_secret',
    'webhook_endpoint.delete',
    'webhook_endpoint.test',
    'webhook_endpoint.replay',
  ],
  staff: [
    'staff.invite',
    'staff.invitation_resend',
    'staff.invitation_accept',
    'staff.update',
    'staff.disable',
    'staff.enable',
    'staff.password_reset',
    'staff.password_change',
    'audit.export',
  ],
} as const;

export type AuditArea = keyof typeof AUDIT_ACTIONS;

/** An action the log shows, recorded or read from the tills' tables. */
export type AuditAction = (typeof AUDIT_ACTIONS)[AuditArea][number];

/** What tills and the e-shop do with an API key: read from their tables, never written as audit rows. */
export type TerminalAction = (typeof AUDIT_ACTIONS)['terminal'][number];

/** An action `recordAudit` writes. */
export type RecordedAction = Exclude<AuditAction, TerminalAction>;

/**
 * An action's key in the admin's messages, where a dot would nest (next-intl reads `a.b` as a path):
 * `reward.update` → `reward_update`.
 */
export const actionMessageKey = (action: string) => action.replaceAll('.', '_');

export const AUDIT_AREAS = Object.keys(AUDIT_ACTIONS) as AuditArea[];

export const ALL_AUDIT_ACTIONS: readonly AuditAction[] = Object.values(AUDIT_ACTIONS).flat();

export const TERMINAL_ACTIONS: readonly TerminalAction[] = AUDIT_ACTIONS.terminal;

/** What an entry is about: each has words in the admin, most a page of their own. */
export const AUDIT_TARGET_TYPES = [
  'customer',
  'shop',
  'api-key',
  'staff',
  'reward',
  'earn_rule',
  'programme_settings',
  'tier_ladder',
  'segment',
  'offer',
  'private_sale',
  'game',
  'contest',
  'referral',
  'automation',
  'webhook_endpoint',
  'audit',
] as const;

export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];
