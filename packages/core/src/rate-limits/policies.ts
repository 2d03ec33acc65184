/**
 * What the platform limits, named once: a policy counts `points` per subject within `duration`
 * seconds; past them the subject waits `blockDuration` seconds (or the rest of the window).
 * The README's "Security" section lists these numbers: change both together.
 */
export type RateLimitPolicy = {
  /** Also the prefix of the policy's keys in the shared store. */
  name: string;
  points: number;
  duration: number;
  blockDuration?: number;
  /**
   * For limits every till request counts: each process takes this many uses from the shared store
   * at once and spends them from memory, so a request makes no round trip for its count. Near the
   * end of a subject's uses it takes one at a time; several processes racing there may refuse up
   * to `batch - 1` uses early, never allow one too many.
   */
  batch?: number;
};

const MINUTE = 60;
const HOUR = 60 * MINUTE;

export const RATE_LIMITS = {
  /** Password sign-in attempts on one portal account (counted whatever the outcome, reset on success). */
  customerSignInPerAccount: {
    name: 'signin-customer-account',
    points: 10,
    duration: 15 * MINUTE,
    blockDuration: 15 * MINUTE,
  },
  /** Password sign-in attempts on one admin account: staff can move every balance. */
  staffSignInPerAccount: {
    name: 'signin-staff-account',
    points: 5,
    duration: 15 * MINUTE,
    blockDuration: 15 * MINUTE,
  },
  /** Password sign-in attempts from one client address, any account (shops share addresses). */
  signInPerIp: {
    name: 'signin-ip',
    points: 100,
    duration: 15 * MINUTE,
    blockDuration: 15 * MINUTE,
  },
  /** Sign-in links mailed to one address. */
  magicLinkPerEmail: { name: 'magic-link-email', points: 5, duration: HOUR },
  /** Sign-in links asked from one client address. */
  magicLinkPerIp: { name: 'magic-link-ip', points: 20, duration: HOUR },
  /** Unsubscribe links opened or used from one client address (their tokens are guessable by no one). */
  unsubscribePerIp: { name: 'unsubscribe-ip', points: 60, duration: HOUR },
  /**
   * Emails' tracking images and links from one client address: generous, since mail providers
   * load images for many readers from a few addresses; beyond it, nothing more is recorded.
   */
  messageTrackingPerIp: { name: 'message-tracking-ip', points: 600, duration: MINUTE },
  /** Portal sign-ups from one client address. */
  signUpPerIp: { name: 'signup-ip', points: 10, duration: HOUR },
  /** Wrong card tokens for one member (the member code in the token), from any till. */
  cardTokenFailuresPerCustomer: {
    name: 'card-token-customer',
    points: 5,
    duration: 10 * MINUTE,
    blockDuration: 10 * MINUTE,
  },
  /** Wrong card tokens sent with one API key, whatever the member. */
  cardTokenFailuresPerApiKey: {
    name: 'card-token-key',
    points: 30,
    duration: 10 * MINUTE,
    blockDuration: 10 * MINUTE,
  },
  /** "Forgot password" links asked for one email, whether or not it has an account. */
  passwordResetPerEmail: { name: 'password-reset-email', points: 5, duration: HOUR },
  /** Sign-in links support sends one customer (her inbox is not a channel to flood). */
  supportLinksPerCustomer: { name: 'support-link-customer', points: 3, duration: HOUR },
  /** "Forgot password" links asked from one client address. */
  passwordResetPerIp: { name: 'password-reset-ip', points: 20, duration: HOUR },
  /** Passwords set with an emailed link (reset or invitation) from one client address. */
  passwordLinkPerIp: { name: 'password-link-ip', points: 20, duration: HOUR },
  /** Password changes of one signed-in account (counted like sign-in: a success forgets them). */
  passwordChangePerAccount: {
    name: 'password-change-account',
    points: 5,
    duration: 15 * MINUTE,
    blockDuration: 15 * MINUTE,
  },
  /** Password changes from one client address, any account. */
  passwordChangePerIp: {
    name: 'password-change-ip',
    points: 50,
    duration: 15 * MINUTE,
    blockDuration: 15 * MINUTE,
  },
  /**
   * Game plays of one customer, any game: far more than the daily plays a game allows, few enough
   * that a script playing at machine speed is stopped.
   */
  gamePlaysPerCustomer: { name: 'game-play-customer', points: 30, duration: MINUTE },
  /** Downloads of her data: each reads her whole history, which is heavy for a long one. */
  dataExportsPerCustomer: { name: 'data-export-customer', points: 5, duration: HOUR },
  /**
   * A member's contest entries, any contest: a person enters a post or two; a script trying links
   * until one is not refused is stopped.
   */
  contestEntriesPerCustomer: { name: 'contest-entry-customer', points: 10, duration: HOUR },
  /** Entry files one staff member reads (each up to 8 MB): an upload loop is stopped. */
  contestImportsPerStaff: { name: 'contest-import-staff', points: 30, duration: 10 * MINUTE },
  /** Contest pages read from one client address: the pages are public, so anyone can ask. */
  contestPagesPerIp: { name: 'contest-page-ip', points: 300, duration: 10 * MINUTE },
  /** A customer's quiz answers: a question takes at least seconds to read and answer. */
  quizAnswersPerCustomer: { name: 'quiz-answer-customer', points: 60, duration: MINUTE },
  /**
   * A customer's answers to invitations: a person answers a handful of times; a script toggling
   * accept and decline to jump a waitlist is stopped.
   */
  invitationAnswersPerCustomer: {
    name: 'invitation-answer-customer',
    points: 20,
    duration: MINUTE,
  },
  /** Game plays from one client address, any account: many accounts played from one place. */
  gamePlaysPerIp: { name: 'game-play-ip', points: 120, duration: 10 * MINUTE },
  /** Test events one staff member sends to webhook endpoints: each makes the worker call a URL. */
  webhookTestsPerStaff: { name: 'webhook-test-staff', points: 10, duration: MINUTE },
  /** REST requests without a valid API key (none, unknown or revoked) from one client address. */
  requestsWithoutKeyPerIp: { name: 'api-no-key-ip', points: 60, duration: MINUTE },
} as const satisfies Record<string, RateLimitPolicy>;

/** REST requests per API key per minute (`API_RATE_LIMIT_PER_MINUTE`, 3000 by default). */
export const apiRequestsPerKey = (perMinute: number): RateLimitPolicy => ({
  name: 'api-key',
  points: perMinute,
  duration: MINUTE,
  batch: Math.max(1, Math.floor(perMinute / 100)),
});

/** Whole minutes to wait, at least one, for a message to a person. */
export const minutesToWait = (retryAfterSeconds: number): number =>
  Math.max(1, Math.ceil(retryAfterSeconds / MINUTE));
