import { describe, expect, it } from 'vitest';
import { contestEntryInput, contestInput, contestModerationInput, socialPost } from './contests.ts';

describe('socialPost', () => {
  it.each([
    [
      'https://www.instagram.com/p/C1a2B3c4D5e/?igsh=abc123',
      'https://www.instagram.com/p/C1a2B3c4D5e/',
    ],
    ['instagram.com/reel/C1a2B3c4D5e', 'https://www.instagram.com/p/C1a2B3c4D5e/'],
    [
      'http://m.instagram.com/tv/C1a2B3c4D5e/?utm_source=ig_web',
      'https://www.instagram.com/p/C1a2B3c4D5e/',
    ],
  ])('reads the Instagram post %s as %s', (link, url) => {
    expect(socialPost('INSTAGRAM', link)?.url).toBe(url);
  });

  it('reads the author an Instagram link names', () => {
    expect(socialPost('INSTAGRAM', 'https://www.instagram.com/Camille.M/p/C1a2B3c4D5e/')).toEqual({
      network: 'INSTAGRAM',
      url: 'https://www.instagram.com/p/C1a2B3c4D5e/',
      author: 'camille.m',
    });
  });

  it.each([
    [
      'https://www.tiktok.com/@Camille_M/video/7301234567890123456?is_from_webapp=1',
      'https://www.tiktok.com/@camille_m/video/7301234567890123456',
    ],
    ['https://vm.tiktok.com/ZMabc123/', 'https://vm.tiktok.com/ZMabc123/'],
  ])('reads the TikTok post %s as %s', (link, url) => {
    expect(socialPost('TIKTOK', link)?.url).toBe(url);
  });

  it.each([
    [
      'https://m.facebook.com/maisonfidele/posts/pfbid02abcDEF/?mibextid=xyz',
      'https://www.facebook.com/maisonfidele/posts/pfbid02abcDEF/',
    ],
    [
      'https://www.facebook.com/permalink.php?story_fbid=12345678&id=987654&ref=share',
      'https://www.facebook.com/permalink.php?story_fbid=12345678&id=987654',
    ],
    [
      'https://www.facebook.com/watch?v=1234567890&t=3',
      'https://www.facebook.com/watch?v=1234567890',
    ],
    ['https://www.facebook.com/share/p/1AbCdEfGh/', 'https://www.facebook.com/share/p/1AbCdEfGh/'],
    ['https://fb.watch/abcD123/', 'https://fb.watch/abcD123/'],
  ])('reads the Facebook post %s as %s', (link, url) => {
    expect(socialPost('FACEBOOK', link)?.url).toBe(url);
  });

  it.each([
    ['INSTAGRAM', 'https://www.instagram.com/camille.m/'],
    ['INSTAGRAM', 'https://www.tiktok.com/@camille/video/7301234567890123456'],
    ['INSTAGRAM', 'https://instagram.com.evil.example/p/C1a2B3c4D5e/'],
    ['INSTAGRAM', 'javascript:alert(1)'],
    ['TIKTOK', 'https://www.tiktok.com/@camille'],
    ['FACEBOOK', 'https://www.facebook.com/maisonfidele'],
  ] as const)('refuses %s %s', (network, link) => {
    expect(socialPost(network, link)).toBeNull();
  });
});

const contest = {
  slug: 'Spring-Looks',
  titleEn: 'Spring looks',
  titleFr: 'Looks de printemps',
  textEn: 'Post your look with #FideleSpring.',
  textFr: 'Publiez votre look avec #FideleSpring.',
  rulesEn: 'Rules.',
  rulesFr: 'Règlement.',
  networks: ['INSTAGRAM', 'TIKTOK'],
  hashtag: '#FideleSpring',
  startsAt: '2026-04-01T00:00:00+02:00',
  endsAt: '2026-04-30T23:59:00+02:00',
  entryPoints: 50,
  prizeKind: 'POINTS',
  prizePoints: 1000,
  winnerCount: 3,
};

const issues = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

describe('contestInput', () => {
  it('normalises the slug and hashtag and fills the networks’ disclaimer', () => {
    const parsed = contestInput.parse(contest);
    expect(parsed).toMatchObject({
      slug: 'spring-looks',
      hashtag: 'FideleSpring',
      prizeRewardId: null,
    });
    expect(parsed.disclaimerEn).toMatch(/not? .*sponsored/i);
    expect(parsed.disclaimerFr).toMatch(/sponsorisé/);
  });

  it('refuses a contest without winners, with its dates reversed, or nothing to post', () => {
    const result = contestInput.safeParse({
      ...contest,
      winnerCount: 0,
      startsAt: contest.endsAt,
      endsAt: contest.startsAt,
      hashtag: '',
    });
    expect(issues(result)).toEqual(
      expect.arrayContaining([
        ['winnerCount', 'A contest has at least 1 winner'],
        ['endsAt', 'The end must come after the start'],
        ['hashtag', 'Give the hashtag to post with, or the post to comment'],
      ]),
    );
  });

  it('refuses a post to comment on a network the contest is not on', () => {
    const result = contestInput.safeParse({
      ...contest,
      networks: ['INSTAGRAM'],
      postUrl: 'https://www.facebook.com/maisonfidele/posts/pfbid02abcDEF/',
    });
    expect(issues(result)).toEqual([['postUrl', 'Enter the link of a post on Instagram']]);
  });

  it('keeps only the prize of its kind', () => {
    const parsed = contestInput.parse({
      ...contest,
      prizeKind: 'REWARD',
      prizeRewardId: '8d1f7c3a-2b4e-4f6a-9c8d-1e2f3a4b5c6d',
    });
    expect(parsed).toMatchObject({
      prizePoints: null,
      prizeRewardId: '8d1f7c3a-2b4e-4f6a-9c8d-1e2f3a4b5c6d',
    });
  });
});

describe('contestEntryInput', () => {
  const entry = {
    contestId: '8d1f7c3a-2b4e-4f6a-9c8d-1e2f3a4b5c6d',
    network: 'INSTAGRAM',
    postUrl: 'https://www.instagram.com/p/C1a2B3c4D5e/?igsh=abc',
    handle: '@Camille.M',
  };

  it('stores the normalised post and handle', () => {
    expect(contestEntryInput.parse(entry)).toMatchObject({
      postUrl: 'https://www.instagram.com/p/C1a2B3c4D5e/',
      handle: 'camille.m',
    });
  });

  it('names the network of a link entered for another one', () => {
    const result = contestEntryInput.safeParse({
      ...entry,
      postUrl: 'https://www.tiktok.com/@camille.m/video/7301234567890123456',
    });
    expect(issues(result)).toEqual([
      ['postUrl', 'This is a TikTok link: enter the link of your Instagram post'],
    ]);
  });

  it('refuses somebody else’s post', () => {
    const result = contestEntryInput.safeParse({
      ...entry,
      network: 'TIKTOK',
      postUrl: 'https://www.tiktok.com/@someone/video/7301234567890123456',
      handle: 'camille.m',
    });
    expect(issues(result)).toEqual([
      ['handle', 'The link is a post of @someone: enter the post you published yourself'],
    ]);
  });
});

describe('contestModerationInput', () => {
  it('asks why an entry is rejected', () => {
    const result = contestModerationInput.safeParse({
      contestId: '8d1f7c3a-2b4e-4f6a-9c8d-1e2f3a4b5c6d',
      entryIds: ['8d1f7c3a-2b4e-4f6a-9c8d-1e2f3a4b5c6d'],
      decision: 'REJECT',
      reason: ' ',
    });
    expect(issues(result)).toEqual([
      ['reason', 'Say why the entry is rejected (the entrant reads it)'],
    ]);
  });
});
