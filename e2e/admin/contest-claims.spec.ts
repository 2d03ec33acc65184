import { createContest, importContestEntries, moderateContestEntries } from '@fidele/core/contests';
import { contestData } from '@fidele/core/testing';
import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { latestEmailTo, linkIn } from '../inbox.ts';
import { signInToAdmin } from '../sign-in.ts';

// An entrant imported from a social tool's file, with no email, joins from the contest's link
// and says the handle she posted from: the marketer checks it is hers and confirms, and the
// entry, its points and its place in the contest become hers.
test('an imported entrant joins with her handle; the marketer confirms the claim and she gets the entry’s points', async ({
  browser,
  page,
  db,
  makeStaff,
}) => {
  const stamp = Date.now();
  const handle = `mia.snow${stamp}`;
  const marketing = await makeStaff('MARKETING');
  const data = contestData({ slug: `claim-looks-${stamp}`, entryPoints: 40 });
  const contest = await db.$transaction((tx) => createContest(tx, data, marketing.id));
  await db.$transaction(async (tx) => {
    await importContestEntries(tx, {
      contestId: contest.id,
      entries: [
        {
          network: 'INSTAGRAM',
          postUrl: `https://www.instagram.com/p/Mia${stamp}/`,
          handle,
          email: null,
        },
      ],
      staffUserId: marketing.id,
      preview: false,
    });
    const entry = await tx.contestEntry.findFirstOrThrow({ where: { contestId: contest.id } });
    await moderateContestEntries(tx, {
      contestId: contest.id,
      entryIds: [entry.id],
      decision: 'APPROVE',
      reason: null,
      staffUserId: marketing.id,
    });
  });

  const email = `mia-${stamp}@example.com`;
  const portal = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await portal.goto(`${urls.portal}/sign-up?c=${data.slug}`);
  await portal.getByLabel('First name').fill('Mia');
  await portal.getByLabel('Email', { exact: true }).fill(email);
  await portal.getByLabel('Password').fill('a-long-password');
  const handleField = portal.getByLabel(/Your Instagram, Facebook or TikTok handle/);
  await handleField.fill('mia snow!');
  await portal.getByRole('button', { name: 'Create my account' }).click();
  await expect(portal.getByText('A handle is letters, digits, dots and underscores')).toBeVisible();
  await handleField.fill(`@${handle}`);
  await portal.getByLabel('Password').fill('a-long-password');
  await portal.getByRole('button', { name: 'Create my account' }).click();
  await expect(portal.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();

  await signInToAdmin(page, marketing);
  await page.goto(`${urls.admin}/contests/${contest.id}`);
  const entries = page.getByTestId('contest-entries');
  await entries.getByRole('button', { name: /^Approved/ }).click();
  const claim = entries.getByTestId('entry-claim');
  await expect(claim).toContainText('Claimed at sign-up by Mia');
  await claim.getByRole('button', { name: /Confirm the entry is Mia’s/ }).click();
  await expect(claim).toHaveCount(0);
  await expect(entries.getByRole('link', { name: 'Mia' })).toBeVisible();
  await expect(page.locator('#history')).toContainText(
    'Confirmed a member’s claim on a contest entry',
  );

  // Her history shows the entry's points.
  await portal.goto(linkIn(await latestEmailTo(email, /sign-in link/)));
  await portal.goto(`${urls.portal}/history`);
  await expect(portal.getByTestId('movement').filter({ hasText: '+40' })).toHaveCount(1);
});
