import type { ContestData } from './contest-admin.ts';

// Shared by the contests' tests: a contest on now, with a slug of its own each time.

const DAY = 24 * 3_600_000;
let contests = 0;

export const contestData = (overrides: Partial<ContestData> = {}): ContestData => ({
  slug: `spring-looks-${++contests}-${Math.random().toString(36).slice(2, 8)}`,
  titleEn: 'Spring looks',
  titleFr: 'Looks de printemps',
  textEn: 'Post your look with #FideleSpring',
  textFr: 'Publiez votre look avec #FideleSpring',
  rulesEn: 'Rules',
  rulesFr: 'Règlement',
  disclaimerEn: 'Not sponsored by Instagram.',
  disclaimerFr: 'Non sponsorisé par Instagram.',
  networks: ['INSTAGRAM', 'TIKTOK'],
  hashtag: 'FideleSpring',
  postUrl: null,
  startsAt: new Date(Date.now() - DAY),
  endsAt: new Date(Date.now() + 14 * DAY),
  entryPoints: 50,
  prizePoints: 1_000,
  prizeRewardId: null,
  winnerCount: 3,
  entriesPerCustomer: 1,
  verifiedOnly: false,
  tierIds: [],
  ...overrides,
});
