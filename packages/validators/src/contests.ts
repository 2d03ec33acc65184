import { z } from 'zod';
import { page, pageSize, uuid } from './common.ts';

/** Social contests (issue 15): what marketing sets up, what a customer enters, what staff moderate. */

export const SOCIAL_NETWORKS = ['INSTAGRAM', 'FACEBOOK', 'TIKTOK'] as const;
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number];

export const SOCIAL_NETWORK_NAMES: Record<SocialNetwork, string> = {
  INSTAGRAM: 'Instagram',
  FACEBOOK: 'Facebook',
  TIKTOK: 'TikTok',
};

/** The network's name after "a" or "an", in English: "an Instagram post", "a TikTok link". */
export const aNetwork = (network: SocialNetwork) =>
  `${network === 'INSTAGRAM' ? 'an' : 'a'} ${SOCIAL_NETWORK_NAMES[network]}`;

/** A post, as stored: one post enters a contest once, whatever tracking its link carried. */
export type SocialPost = { network: SocialNetwork; url: string; author?: string };

const HANDLE: Record<SocialNetwork, RegExp> = {
  INSTAGRAM: /^[a-z0-9._]{1,30}$/,
  FACEBOOK: /^[a-z0-9.]{1,50}$/,
  TIKTOK: /^[a-z0-9._]{2,24}$/,
};

const HOSTS: Record<SocialNetwork, RegExp> = {
  INSTAGRAM: /^(www\.|m\.)?instagram\.com$|^instagr\.am$/,
  FACEBOOK: /^(www\.|m\.|web\.|mbasic\.)?facebook\.com$|^fb\.watch$|^fb\.com$/,
  TIKTOK: /^(www\.|m\.)?tiktok\.com$|^(vm|vt)\.tiktok\.com$/,
};

const instagramPost = (url: URL): SocialPost | null => {
  const parts = url.pathname.split('/').filter(Boolean);
  // /p/<code>/, /reel/<code>/, /tv/<code>/, and the same behind the author: /<user>/p/<code>/.
  const at = parts.findIndex((part) => ['p', 'reel', 'reels', 'tv'].includes(part));
  const code = at >= 0 ? parts[at + 1] : undefined;
  if (!code || !/^[A-Za-z0-9_-]{5,64}$/.test(code) || at > 1) return null;
  const author = at === 1 ? parts[0]!.toLowerCase() : undefined;
  if (author !== undefined && !HANDLE.INSTAGRAM.test(author)) return null;
  return {
    network: 'INSTAGRAM',
    url: `https://www.instagram.com/p/${code}/`,
    ...(author ? { author } : {}),
  };
};

const FACEBOOK_QUERY_KEEP = ['story_fbid', 'fbid', 'id', 'v'];

const facebookPost = (url: URL): SocialPost | null => {
  if (/^fb\.watch$/.test(url.hostname)) {
    const code = url.pathname.split('/').filter(Boolean)[0];
    return code && /^[A-Za-z0-9_-]{4,32}$/.test(code)
      ? { network: 'FACEBOOK', url: `https://fb.watch/${code}/` }
      : null;
  }
  const parts = url.pathname.split('/').filter(Boolean);
  const path = parts.join('/');
  const query = new URLSearchParams();
  for (const key of FACEBOOK_QUERY_KEEP) {
    const value = url.searchParams.get(key);
    if (value !== null) query.set(key, value);
  }
  const canonical = (kept: string, withQuery = false) => ({
    network: 'FACEBOOK' as const,
    url: `https://www.facebook.com/${kept}${withQuery && query.size ? `?${query}` : ''}`,
  });
  const digits = (value: string | null | undefined) => !!value && /^\d{3,30}$/.test(value);
  // permalink.php?story_fbid=…&id=…, story.php?…, photo?fbid=…, watch?v=…
  if (
    /^(permalink|story)\.php$/.test(path) &&
    digits(query.get('story_fbid')) &&
    digits(query.get('id'))
  )
    return canonical(path, true);
  if (/^photo(\.php)?$/.test(path) && digits(query.get('fbid'))) return canonical('photo', true);
  if (path === 'watch' && digits(query.get('v'))) return canonical('watch', true);
  // /share/p/<code>/, /share/r/<code>/, /share/v/<code>/
  if (
    parts[0] === 'share' &&
    ['p', 'r', 'v'].includes(parts[1] ?? '') &&
    parts[2] &&
    /^[A-Za-z0-9_-]{4,40}$/.test(parts[2])
  )
    return canonical(`share/${parts[1]}/${parts[2]}/`);
  if (parts[0] === 'reel' && digits(parts[1])) return canonical(`reel/${parts[1]}/`);
  // /<page>/posts/<id>, /<page>/videos/<id>, /groups/<group>/posts/<id>
  const kind = parts.findIndex((part) => ['posts', 'videos', 'permalink'].includes(part));
  const id = kind >= 1 ? parts[kind + 1] : undefined;
  if (id && /^[A-Za-z0-9_-]{3,80}$/.test(id) && kind <= 2) {
    const owner = parts.slice(0, kind).join('/').toLowerCase();
    const author = kind === 1 && HANDLE.FACEBOOK.test(owner) ? owner : undefined;
    return {
      ...canonical(`${owner}/${parts[kind]}/${id}/`),
      ...(author ? { author } : {}),
    };
  }
  return null;
};

const tiktokPost = (url: URL): SocialPost | null => {
  const parts = url.pathname.split('/').filter(Boolean);
  if (/^(vm|vt)\.tiktok\.com$/.test(url.hostname)) {
    const code = parts[0];
    return code && /^[A-Za-z0-9]{5,20}$/.test(code)
      ? { network: 'TIKTOK', url: `https://${url.hostname}/${code}/` }
      : null;
  }
  // /@user/video/<digits>, /@user/photo/<digits>
  const [user, kind, id] = parts;
  if (
    !user?.startsWith('@') ||
    !['video', 'photo'].includes(kind ?? '') ||
    !/^\d{5,25}$/.test(id ?? '')
  )
    return null;
  const author = user.slice(1).toLowerCase();
  if (!HANDLE.TIKTOK.test(author)) return null;
  return { network: 'TIKTOK', url: `https://www.tiktok.com/@${author}/${kind}/${id}`, author };
};

const PARSERS: Record<SocialNetwork, (url: URL) => SocialPost | null> = {
  INSTAGRAM: instagramPost,
  FACEBOOK: facebookPost,
  TIKTOK: tiktokPost,
};

/** The network whose host a link is on, if any. */
export const networkOfLink = (link: string): SocialNetwork | undefined => {
  const url = parseLink(link);
  if (!url) return undefined;
  return SOCIAL_NETWORKS.find((network) => HOSTS[network].test(url.hostname));
};

const parseLink = (link: string) => {
  const trimmed = link.trim();
  try {
    const url = new URL(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
};

/**
 * A post on `network` from its link, normalised (https, the network's own host, no tracking
 * parameters), with its author when the link names one; null when the link is not a post of
 * that network.
 */
export const socialPost = (network: SocialNetwork, link: string): SocialPost | null => {
  const url = parseLink(link);
  if (!url || !HOSTS[network].test(url.hostname.toLowerCase())) return null;
  return PARSERS[network](url);
};

/** Whether a handle (normalised) can be one of `network`'s. */
export const isHandle = (network: SocialNetwork, handle: string) => HANDLE[network].test(handle);

/** A handle as stored: lower case, without the @. */
export const normaliseHandle = (handle: string) => handle.trim().replace(/^@/, '').toLowerCase();

/** What is wrong with an entry's field, for each app to say in its language. */
export type ContestEntryProblem =
  | { field: 'postUrl'; problem: 'required' | 'notAPost' }
  | { field: 'postUrl'; problem: 'otherNetwork'; other: SocialNetwork }
  | { field: 'handle'; problem: 'required' | 'notAHandle' }
  | { field: 'handle'; problem: 'notOwnPost'; author: string };

/**
 * Why a post cannot be entered for `network` by `handle` (normalised): a link that is not a post
 * of that network (naming the network it is on, if another), a handle that cannot be one of its,
 * or a post whose link names another author.
 */
export const contestEntryProblems = (entry: {
  network: SocialNetwork;
  postUrl: string;
  handle: string;
}): ContestEntryProblem[] => {
  const problems: ContestEntryProblem[] = [];
  const post = entry.postUrl.trim() ? socialPost(entry.network, entry.postUrl) : null;
  const other = networkOfLink(entry.postUrl);
  if (!entry.postUrl.trim()) problems.push({ field: 'postUrl', problem: 'required' });
  else if (!post && other && other !== entry.network)
    problems.push({ field: 'postUrl', problem: 'otherNetwork', other });
  else if (!post) problems.push({ field: 'postUrl', problem: 'notAPost' });
  if (!entry.handle) problems.push({ field: 'handle', problem: 'required' });
  else if (!isHandle(entry.network, entry.handle))
    problems.push({ field: 'handle', problem: 'notAHandle' });
  else if (post?.author && post.author !== entry.handle)
    problems.push({ field: 'handle', problem: 'notOwnPost', author: post.author });
  return problems;
};

/** An entry's problem in English, as the API answers it. */
const entryProblemMessage = (network: SocialNetwork, problem: ContestEntryProblem) => {
  const name = SOCIAL_NETWORK_NAMES[network];
  switch (problem.problem) {
    case 'required':
      return problem.field === 'postUrl'
        ? 'Enter the link of your post'
        : 'Enter your username on that network';
    case 'notAPost':
      return `Enter the link of ${aNetwork(network)} post (copy it from the post's Share menu)`;
    case 'otherNetwork':
      return `This is ${aNetwork(problem.other)} link: enter the link of your ${name} post`;
    case 'notAHandle':
      return `Not ${aNetwork(network)} username`;
    case 'notOwnPost':
      return `The link is a post of @${problem.author}: enter the post you published yourself`;
  }
};

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters`);

/** Empty text is no value. */
const optionalText = (max: number) => text(max).transform((value) => (value === '' ? null : value));

/** The statement Instagram, Facebook and TikTok ask every promotion on them to carry. */
export const DEFAULT_CONTEST_DISCLAIMER = {
  en: 'This contest is in no way sponsored, endorsed, administered by or associated with Instagram, Facebook (Meta) or TikTok. Entrants release those networks from any liability; the information they give goes to the organiser only.',
  fr: "Ce jeu-concours n'est ni sponsorisé, ni soutenu, ni administré par Instagram, Facebook (Meta) ou TikTok, ni associé à ces réseaux. Les participants les dégagent de toute responsabilité ; les informations qu'ils fournissent sont destinées au seul organisateur.",
} as const;

export const CONTEST_PRIZE_KINDS = ['POINTS', 'REWARD'] as const;

const wholeNumber = (what: string, min: number, max: number) =>
  z
    .number()
    .int(`${what} must be a whole number`)
    .min(min, min === 0 ? `${what} cannot be negative` : `${what}: at least ${min}`)
    .max(max, `${what}: at most ${max.toLocaleString('en')}`);

export const contestInput = z
  .object({
    /** The contest's address: `/contests/<slug>`, and `?c=<slug>` on the sign-up link. */
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .regex(
        /^[a-z0-9](?:[a-z0-9-]{1,46})[a-z0-9]$/,
        '3 to 48 lower-case letters, digits and dashes (it is the contest’s link)',
      ),
    titleEn: text(120).min(1, 'Enter a title'),
    titleFr: text(120).min(1, 'Enter a French title'),
    textEn: text(2000).min(1, 'Say how to take part'),
    textFr: text(2000).min(1, 'Say how to take part, in French'),
    rulesEn: text(20_000).min(1, 'Enter the rules'),
    rulesFr: text(20_000).min(1, 'Enter the rules in French'),
    disclaimerEn: text(1000)
      .min(1, 'The networks require this statement')
      .default(DEFAULT_CONTEST_DISCLAIMER.en),
    disclaimerFr: text(1000)
      .min(1, 'The networks require this statement')
      .default(DEFAULT_CONTEST_DISCLAIMER.fr),
    networks: z
      .array(z.enum(SOCIAL_NETWORKS))
      .min(1, 'Choose at least one network')
      .max(SOCIAL_NETWORKS.length)
      .transform((networks) => [...new Set(networks)]),
    /** Without its #. */
    hashtag: optionalText(100)
      .transform((value) => value?.replace(/^#/, '') ?? null)
      .refine(
        (value) => value === null || /^[\p{L}\p{N}_]{1,99}$/u.test(value),
        'A hashtag is letters, digits and underscores',
      )
      .default(null),
    /** The brand's post to comment, when entries are comments. */
    postUrl: optionalText(500).default(null),
    startsAt: z.coerce.date(),
    endsAt: z.coerce.date(),
    entryPoints: wholeNumber('Entry points', 0, 100_000).default(0),
    prizeKind: z.enum(CONTEST_PRIZE_KINDS),
    prizePoints: wholeNumber('Prize points', 1, 10_000_000).nullable().default(null),
    prizeRewardId: uuid.nullable().default(null),
    winnerCount: z
      .number()
      .int('The number of winners must be a whole number')
      .min(1, 'A contest has at least 1 winner')
      .max(1000, 'At most 1,000 winners'),
    entriesPerCustomer: wholeNumber('Entries per member', 1, 100).default(1),
    verifiedOnly: z.boolean().default(false),
    /** Members on any of these tiers may enter (none: every tier). */
    tierIds: z.array(uuid).max(20).default([]),
  })
  .superRefine((contest, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    if (contest.endsAt <= contest.startsAt) issue('endsAt', 'The end must come after the start');
    if (!contest.hashtag && !contest.postUrl)
      issue('hashtag', 'Give the hashtag to post with, or the post to comment');
    if (
      contest.postUrl &&
      !contest.networks.some((network) => socialPost(network, contest.postUrl!))
    )
      issue(
        'postUrl',
        `Enter the link of a post on ${contest.networks.map((network) => SOCIAL_NETWORK_NAMES[network]).join(' or ')}`,
      );
    if (contest.prizeKind === 'POINTS' && contest.prizePoints === null)
      issue('prizePoints', 'Say how many points each winner gets');
    if (contest.prizeKind === 'REWARD' && contest.prizeRewardId === null)
      issue('prizeRewardId', 'Choose the reward each winner gets');
  })
  .transform(({ prizeKind, ...contest }) => {
    const network = contest.postUrl
      ? contest.networks.find((each) => socialPost(each, contest.postUrl!))
      : undefined;
    return {
      ...contest,
      postUrl: network ? socialPost(network, contest.postUrl!)!.url : null,
      prizePoints: prizeKind === 'POINTS' ? contest.prizePoints : null,
      prizeRewardId: prizeKind === 'REWARD' ? contest.prizeRewardId : null,
    };
  });

export type ContestInput = z.infer<typeof contestInput>;

export const contestIdInput = z.object({ contestId: uuid });

export const contestUpdateInput = contestIdInput.extend({ data: contestInput });

export const contestArchiveInput = contestIdInput.extend({ archived: z.boolean() });

/** Where a contest stands: before its start, between its dates, after its end, or archived. */
export const CONTEST_STATUSES = ['scheduled', 'running', 'ended', 'archived'] as const;
export type ContestStatus = (typeof CONTEST_STATUSES)[number];

export const contestListInput = z.object({
  status: z.enum(CONTEST_STATUSES).optional(),
  page,
  pageSize,
});

export const contestSlugInput = z.object({
  slug: z.string().trim().toLowerCase().min(1).max(48),
});

/** A member enters her post: its link and her handle on that network. */
export const contestEntryInput = z
  .object({
    contestId: uuid,
    network: z.enum(SOCIAL_NETWORKS),
    postUrl: text(500),
    handle: z.string().max(64, 'At most 64 characters').transform(normaliseHandle),
  })
  .superRefine((entry, ctx) => {
    for (const problem of contestEntryProblems(entry))
      ctx.addIssue({
        code: 'custom',
        path: [problem.field],
        message: entryProblemMessage(entry.network, problem),
      });
  })
  .transform((entry) => ({
    ...entry,
    postUrl: socialPost(entry.network, entry.postUrl)!.url,
  }));

export const CONTEST_ENTRY_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;

export const contestEntriesInput = z.object({
  contestId: uuid,
  status: z.enum(CONTEST_ENTRY_STATUSES).optional(),
  page,
  pageSize,
});

export const CONTEST_DECISIONS = ['APPROVE', 'REJECT'] as const;

/** One entry or many at once; a rejection says why (the entrant reads it). */
export const contestModerationInput = z
  .object({
    contestId: uuid,
    entryIds: z
      .array(uuid)
      .min(1, 'Choose the entries')
      .max(500, 'At most 500 entries at once')
      .transform((ids) => [...new Set(ids)]),
    decision: z.enum(CONTEST_DECISIONS),
    reason: optionalText(500).default(null),
  })
  .superRefine((moderation, ctx) => {
    if (moderation.decision === 'REJECT' && (moderation.reason?.length ?? 0) < 3)
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'Say why the entry is rejected (the entrant reads it)',
      });
  })
  .transform((moderation) => ({
    ...moderation,
    reason: moderation.decision === 'REJECT' ? moderation.reason : null,
  }));

/** A moderator confirms or refuses that an imported entry is the member's who claimed it. */
export const contestClaimDecisionInput = z.object({
  contestId: uuid,
  entryId: uuid,
  decision: z.enum(['CONFIRM', 'REFUSE']),
});

/**
 * The handle a new member posts from, on any network (with or without its @): imported entries
 * of that handle are claimed for her, for a moderator to confirm. An empty field means none.
 */
export const socialHandle = z
  .string()
  .trim()
  .max(51)
  .transform(normaliseHandle)
  .refine(
    (handle) => !handle || SOCIAL_NETWORKS.some((network) => isHandle(network, handle)),
    'Not a handle: letters, digits, dots and underscores, as on the network',
  )
  .transform((handle) => handle || undefined);

/** A winner is disqualified with the reason (kept in the audit log); the next drawn replaces her. */
export const contestDisqualifyInput = z.object({
  contestId: uuid,
  winnerId: uuid,
  reason: text(500).min(3, 'Say why the winner is disqualified'),
});
