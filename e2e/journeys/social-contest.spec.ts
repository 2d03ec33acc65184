import { createContest } from '@fidele/core/contests';
import { DEFAULT_CONTEST_DISCLAIMER } from '@fidele/validators';
import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { latestEmailTo, linkIn } from '../inbox.ts';

const DAY = 24 * 3_600_000;

// The brand's social contest recruits: a visitor follows the contest's link from Instagram,
// joins from its page (counted for the contest) and enters her post.
test('contest link → sign-up counted for the contest → Instagram post entered', async ({
  browser,
  makeStaff,
  db,
}) => {
  const slug = `snow-looks-${Date.now()}`;
  const marketing = await makeStaff('MARKETING');
  const contest = await db.$transaction((tx) =>
    createContest(
      tx,
      {
        slug,
        titleEn: 'Snow looks',
        titleFr: 'Looks de neige',
        textEn: 'Post your snow look with #FideleSnow, then enter it here.',
        textFr: 'Publiez votre look de neige avec #FideleSnow, puis inscrivez-le ici.',
        rulesEn: 'One entry per member. Public posts only.',
        rulesFr: 'Une participation par membre. Publications publiques uniquement.',
        disclaimerEn: DEFAULT_CONTEST_DISCLAIMER.en,
        disclaimerFr: DEFAULT_CONTEST_DISCLAIMER.fr,
        networks: ['INSTAGRAM', 'TIKTOK'],
        hashtag: 'FideleSnow',
        postUrl: null,
        startsAt: new Date(Date.now() - DAY),
        endsAt: new Date(Date.now() + 7 * DAY),
        entryPoints: 40,
        prizePoints: 800,
        prizeRewardId: null,
        winnerCount: 2,
        entriesPerCustomer: 1,
        verifiedOnly: false,
        tierIds: [],
      },
      marketing.id,
    ),
  );
  const email = `contest-${Date.now()}@example.com`;
  const portal = await browser.newPage({ viewport: { width: 390, height: 844 } });

  await portal.goto(`${urls.portal}/contests/${slug}`);
  await expect(portal.getByRole('heading', { name: 'Snow looks' })).toBeVisible();
  const facts = portal.getByTestId('contest-facts');
  await expect(facts).toContainText('Post with #FideleSnow');
  await expect(facts).toContainText('40 points for each approved entry');
  await expect(facts).toContainText('2 winners each get 800 points');
  await expect(portal.getByText(DEFAULT_CONTEST_DISCLAIMER.en)).toBeVisible();

  await portal.getByRole('link', { name: 'Sign up and enter' }).click();
  await expect(portal).toHaveURL(`${urls.portal}/sign-up?c=${slug}`);
  await portal.getByLabel('First name').fill('Léa');
  await portal.getByLabel('Email', { exact: true }).fill(email);
  await portal.getByLabel('Password').fill('a-long-password');
  await portal.getByRole('button', { name: 'Create my account' }).click();
  await expect(portal.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();
  // The welcome's link opens her account on the contest's page.
  await portal.goto(linkIn(await latestEmailTo(email, /sign-in link/)));
  await expect(portal).toHaveURL(`${urls.portal}/contests/${slug}`);

  const form = portal.getByTestId('contest-entry');
  await form
    .getByLabel('Link to your post')
    .fill('https://www.tiktok.com/@lea.m/video/7440000000000000042');
  await form.getByLabel('Your username on Instagram').fill('@Lea.M');
  await form.getByRole('button', { name: 'Enter my post' }).click();
  await expect(form.getByText('This is a TikTok link')).toBeVisible();
  await form
    .getByLabel('Link to your post')
    .fill('https://www.instagram.com/p/SnowLook42/?igsh=MTc4MmM1');
  await form.getByRole('button', { name: 'Enter my post' }).click();

  await expect(portal.getByText('Your post is entered.')).toBeVisible();
  const entries = portal.getByTestId('contest-entries');
  await expect(entries).toContainText('Instagram · @lea.m');
  await expect(entries).toContainText('Being checked');
  await expect(entries.getByRole('link', { name: 'Open the post' })).toHaveAttribute(
    'href',
    'https://www.instagram.com/p/SnowLook42/',
  );

  expect(
    await db.customer.findUniqueOrThrow({
      where: { email },
      select: { signUpSource: true, signUpContestId: true },
    }),
  ).toEqual({ signUpSource: 'CONTEST', signUpContestId: contest.id });
});
