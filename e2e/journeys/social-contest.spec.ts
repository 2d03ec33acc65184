import { createContest } from '@fidele/core/contests';
import { makeReward } from '@fidele/core/testing';
import { DEFAULT_CONTEST_DISCLAIMER } from '@fidele/validators';
import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { latestEmailTo, linkIn } from '../inbox.ts';
import { signInToAdmin } from '../sign-in.ts';

const DAY = 24 * 3_600_000;

// The brand's social contest recruits: a visitor follows the contest's link from Instagram, joins
// from its page (counted for the contest) and enters her post; the marketer approves it and draws
// the winners; the winner checks the draw, and spends her prize on a code a till redeems.
test('contest link → sign-up → post entered → approved → drawn → prize spent at a till', async ({
  browser,
  request,
  storeKey,
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

  // The marketer approves her entry, freezes the list and draws: the page counts the new member.
  const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await signInToAdmin(admin, marketing);
  await admin.goto(`${urls.admin}/contests/${contest.id}`);
  const moderation = admin.getByTestId('contest-entries');
  await moderation.getByRole('button', { name: /Approve the entry of Léa/ }).click();
  await expect(moderation.getByText('1 entry approved.')).toBeVisible();
  await expect(admin.getByText(/1 new member/).first()).toBeVisible();
  const draw = admin.getByTestId('contest-draw');
  await draw.getByRole('button', { name: 'Freeze the list' }).click();
  await admin.getByRole('alertdialog').getByRole('button', { name: 'Freeze the list' }).click();
  await expect(draw.getByTestId('draw-list-hash')).toHaveText(/^[0-9a-f]{64}$/);
  await draw.getByRole('button', { name: 'Draw 2 winners' }).click();
  await admin.getByRole('alertdialog').getByRole('button', { name: 'Draw 2 winners' }).click();
  await expect(draw.getByText('1 winner drawn', { exact: false })).toBeVisible();

  // The winner is told, sees her prize, and anyone can redo the draw on the contest's page.
  await portal.goto(`${urls.portal}/notifications`);
  await expect(portal.getByText('You won the contest Snow looks!')).toBeVisible();
  await portal.getByRole('link', { name: 'See the contest' }).click();
  const published = portal.getByTestId('contest-draw');
  await expect(published.getByTestId('contest-winners')).toContainText('@lea.m (Instagram)');
  await published.getByRole('button', { name: 'Check the draw' }).click();
  await expect(published.getByText('The draw checks out')).toBeVisible();
  await portal.goto(`${urls.portal}/history`);
  await expect(portal.getByTestId('movement').first()).toContainText('Contest prize: Snow looks');
  await expect(portal.getByTestId('movement').first()).toContainText('+800');

  // …and spends it on a code that a till redeems over REST.
  const rewardName = `Snow treat ${Date.now()}`;
  await makeReward(db, { nameEn: rewardName, pointsCost: 500, channels: 'STORE' });
  await portal.goto(`${urls.portal}/rewards`);
  await portal
    .getByRole('article')
    .filter({ has: portal.getByRole('heading', { name: rewardName }) })
    .getByRole('button', { name: 'Claim' })
    .click();
  await portal.getByRole('button', { name: 'Confirm' }).click();
  await expect(portal.getByText(/New balance/)).toBeVisible();
  await portal.goto(`${urls.portal}/codes`);
  const code = (await portal
    .getByTestId('code')
    .filter({ hasText: rewardName })
    .getByTestId('code-text')
    .textContent())!.trim();
  const redeemed = await request.post(`${urls.api}/api/v1/codes/redeem`, {
    headers: { authorization: `Bearer ${storeKey}` },
    data: { code, basketAmount: 6_000, currency: 'EUR' },
  });
  expect(redeemed.status()).toBe(201);
});
