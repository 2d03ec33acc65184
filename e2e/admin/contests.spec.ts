import { submitContestEntry } from '@fidele/core/contests';
import { makeCustomer } from '@fidele/core/testing';
import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { signInToAdmin } from '../sign-in.ts';

test('marketing sets up an Instagram contest, fixes its dates, approves an entry and rejects another with a reason, imports a social tool’s file, then draws the winners and replaces a disqualified one', async ({
  page,
  db,
  makeStaff,
}) => {
  // The contest's whole life, from its form to its draw.
  test.setTimeout(150_000);
  const stamp = Date.now();
  const slug = `spring-looks-${stamp}`;
  const title = `Spring looks ${stamp}`;
  await signInToAdmin(page, await makeStaff('MARKETING'));
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Contests' }).click();
  await page.getByRole('link', { name: 'New contest' }).click();

  await page.getByLabel('Link', { exact: true }).fill(slug);
  await expect(page.getByText(`Its page: ${urls.portal}/contests/${slug}`)).toBeVisible();
  await page.getByLabel('Title in English').fill(title);
  await page.getByLabel('Title in French').fill(`Looks de printemps ${stamp}`);
  await page.getByLabel('How to take part, in English').fill('Post your look with #FideleSpring');
  await page
    .getByLabel('How to take part, in French')
    .fill('Publiez votre look avec #FideleSpring');
  await page.getByLabel('Rules in English').fill('One entry per member. Public posts only.');
  await page.getByLabel('Rules in French').fill('Une participation par membre.');
  // The networks' statement comes filled in.
  await expect(page.getByLabel('Networks’ statement in English')).toHaveValue(
    /in no way sponsored, endorsed, administered by or associated with Instagram/,
  );
  await expect(page.getByLabel('Instagram', { exact: true })).toBeChecked();
  await page.getByLabel('Hashtag').fill('#FideleSpring');
  await page.getByLabel('Points per approved entry').fill('50');
  await page.getByLabel('Points per winner').fill('1000');
  await page.getByLabel('Number of winners').fill('3');
  const preview = page.getByTestId('contest-preview');
  await expect(preview).toContainText('Post with #FideleSpring');
  await expect(preview).toContainText('3 winners each get 1,000 points');

  // An end before the start is refused in the browser, next to the end.
  await page.getByLabel('Ends', { exact: true }).fill('2020-01-01T10:00');
  await page.getByRole('button', { name: 'Create the contest' }).click();
  await expect(page.getByText('Enter an end after the start.')).toBeVisible();
  await expect(page.getByLabel('Ends', { exact: true })).toBeFocused();
  await expect(page).toHaveURL(/\/contests\/new$/);
  expect(await db.contest.count({ where: { slug } })).toBe(0);

  await page.getByLabel('Ends', { exact: true }).fill('2099-12-31T10:00');
  await page.getByRole('button', { name: 'Create the contest' }).click();
  await page.waitForURL(/\/contests\/[0-9a-f-]{36}\?created=1$/);
  const contestId = /\/contests\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await expect(page.getByText('Contest created.')).toBeVisible();
  await expect(page.locator('#history')).toContainText('Created a contest');
  expect(await db.contest.findUniqueOrThrow({ where: { id: contestId } })).toMatchObject({
    slug,
    networks: ['INSTAGRAM'],
    hashtag: 'FideleSpring',
    entryPoints: 50,
    prizePoints: 1000,
    winnerCount: 3,
  });

  // A link is one contest's only: another contest's is refused next to the field.
  await db.contest.create({
    data: {
      slug: `${slug}-taken`,
      titleEn: 'Autumn looks',
      titleFr: 'Looks d’automne',
      textEn: 'Post your look',
      textFr: 'Publiez votre look',
      rulesEn: 'Rules',
      rulesFr: 'Règlement',
      disclaimerEn: 'Not run by Instagram.',
      disclaimerFr: 'Non organisé par Instagram.',
      networks: ['INSTAGRAM'],
      hashtag: 'FideleAutumn',
      prizePoints: 100,
      startsAt: new Date(),
      endsAt: new Date(Date.now() + 86_400_000),
      winnerCount: 1,
    },
  });
  const link = page.getByLabel('Link', { exact: true });
  await link.fill(`${slug}-taken`);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Another contest already has this link')).toBeVisible();
  await expect(link).toBeFocused();
  await link.fill(slug);

  await nav.getByRole('link', { name: 'Contests' }).click();
  const row = page.getByRole('row', { name: new RegExp(title) });
  await expect(row).toContainText('Instagram · 3 winners');
  await expect(row).toContainText('Running');
  await expect(row).toContainText('None to moderate');

  // Two members enter their posts in the portal; one of them joined from the contest's link.
  const camille = await makeCustomer(db, {
    firstName: 'Camille',
    lastName: `Martin ${stamp}`,
    signUpSource: 'CONTEST',
    signUpContestId: contestId,
  });
  const lea = await makeCustomer(db, { firstName: 'Léa', lastName: `Bernard ${stamp}` });
  for (const [customer, handle, post] of [
    [camille, 'camille.m', 'SpringLook1'],
    [lea, 'lea.b', 'SpringLook2'],
  ] as const)
    await submitContestEntry(db, {
      contestId,
      customerId: customer.id,
      network: 'INSTAGRAM',
      postUrl: `https://www.instagram.com/p/${post}${stamp}/`,
      handle,
    });

  // Moderated at the narrowest desktop width the back office is made for.
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto(`${urls.admin}/contests/${contestId}`);
  const entries = page.getByTestId('contest-entries');
  await entries.evaluate((card) => card.scrollIntoView({ block: 'start' }));
  await expect(entries.getByRole('button', { name: 'To moderate (2)' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const camilleRow = entries.getByRole('row', { name: new RegExp(`Camille Martin ${stamp}`) });
  const leaRow = entries.getByRole('row', { name: new RegExp(`Léa Bernard ${stamp}`) });
  await expect(camilleRow).toContainText('@camille.m');
  const approveCamille = camilleRow.getByRole('button', {
    name: `Approve the entry of Camille Martin ${stamp}`,
  });
  await expect(approveCamille).toBeInViewport({ ratio: 1 });
  const post = camilleRow.getByRole('link', { name: /Open the post/ });
  await expect(post).toHaveAttribute('href', `https://www.instagram.com/p/SpringLook1${stamp}/`);
  await expect(post).toHaveAttribute('target', '_blank');
  await expect(post).toHaveAttribute('rel', 'noopener noreferrer');

  await approveCamille.click();
  await expect(entries.getByText('1 entry approved.')).toBeVisible();
  await expect(entries.getByRole('button', { name: 'To moderate (1)' })).toBeVisible();
  await expect(entries.getByRole('button', { name: 'Approved (1)' })).toBeVisible();
  await expect(camilleRow).toBeHidden();

  // Léa's entry is ticked and rejected with the selection; the reason is asked for first.
  await leaRow.getByRole('checkbox').check();
  await expect(entries.getByText('1 entry selected')).toBeVisible();
  await entries.getByRole('button', { name: 'Reject the selection…' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Reject 1 entry?' });
  await dialog.getByRole('button', { name: 'Reject the entry' }).click();
  await expect(dialog.getByText('Say why, in 3 to 500 characters')).toBeVisible();
  await dialog.getByLabel('Reason').fill('The post does not show the hashtag');
  await dialog.getByRole('button', { name: 'Reject the entry' }).click();
  await expect(dialog).toBeHidden();
  await expect(entries.getByText('1 entry rejected.')).toBeVisible();
  await expect(entries.getByRole('button', { name: 'To moderate (0)' })).toBeVisible();
  await expect(entries.getByText('No entry to moderate')).toBeVisible();

  await entries.getByRole('button', { name: 'Rejected (1)' }).click();
  await expect(leaRow).toContainText('Rejected');
  await expect(leaRow).toContainText('The post does not show the hashtag');
  await expect(leaRow).toContainText('by Test marketing');
  await expect(
    page.getByText('0 to moderate, 1 approved, 1 rejected · 1 new member'),
  ).toBeVisible();

  const decided = await db.contestEntry.findMany({
    where: { contestId },
    select: { customerId: true, status: true, rejectReason: true },
  });
  expect(decided).toEqual(
    expect.arrayContaining([
      { customerId: camille.id, status: 'APPROVED', rejectReason: null },
      {
        customerId: lea.id,
        status: 'REJECTED',
        rejectReason: 'The post does not show the hashtag',
      },
    ]),
  );
  // The approved entry earned its points, on the social channel.
  expect(
    await db.movement.findMany({
      where: { customerId: camille.id, sourceType: 'CONTEST' },
      select: { points: true, channel: true },
    }),
  ).toEqual([{ points: 50, channel: 'SOCIAL' }]);

  await page.goto(`${urls.admin}/contests`);
  await expect(row).toContainText('None to moderate');
  await expect(row).toContainText('1 approved · 1 rejected');
  await expect(row).toContainText('1 new member');
  await expect(row.getByText('Running')).toBeInViewport({ ratio: 1 });

  // A social tool's export brings more entries: Inès is a member (her email), Hugo and Zoé not.
  const ines = await makeCustomer(db, {
    firstName: 'Inès',
    lastName: `Durand ${stamp}`,
    email: `ines-${stamp}@example.com`,
  });
  const exported = (fourthRow: string) =>
    Buffer.from(
      [
        'platform;permalink;username;email',
        `instagram;https://www.instagram.com/p/Import1${stamp}/;ines.d;INES-${stamp}@example.com`,
        `instagram;https://www.instagram.com/p/Import2${stamp}/;hugo.r;`,
        fourthRow,
        `instagram;https://www.instagram.com/p/Import2${stamp}/;hugo.r;`,
      ].join('\n'),
    );
  await page.goto(`${urls.admin}/contests/${contestId}`);
  const importer = page.getByTestId('contest-import');
  await importer.getByLabel('CSV file').setInputFiles({
    name: 'entries.csv',
    mimeType: 'text/csv',
    buffer: exported('instagram;https://example.com/not-a-post;zoe.k;'),
  });
  // The check is held until its busy state is seen.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/contests\.importEntries/, async (route) => {
    await held;
    await route.continue();
  });
  await importer.getByRole('button', { name: 'Check the file' }).click();
  await expect(importer.getByRole('status').filter({ hasText: 'Checking 4 rows…' })).toBeVisible();
  release();
  await expect(importer.getByText('1 row cannot be imported')).toBeVisible();
  await page.unroute(/contests\.importEntries/);
  const problem = importer.getByRole('row', { name: /Not an Instagram post link/ });
  await expect(problem.getByRole('cell').first()).toHaveText('4');
  await expect(problem).toContainText('https://example.com/not-a-post');
  await expect(importer.getByRole('button', { name: 'Import 2 entries' })).toBeDisabled();
  expect(await db.contestEntry.count({ where: { contestId } })).toBe(2);

  await importer.getByLabel('CSV file').setInputFiles({
    name: 'entries.csv',
    mimeType: 'text/csv',
    buffer: exported(`instagram;https://www.instagram.com/p/Import3${stamp}/;zoe.k;`),
  });
  await importer.getByRole('button', { name: 'Check the file' }).click();
  const count = (name: string) =>
    importer.locator('dl > div').filter({ has: page.getByText(name, { exact: true }) });
  await expect(count('Entries in the file')).toContainText('3');
  await expect(count('New, to add')).toContainText('3');
  await expect(count('Already in the contest')).toContainText('0');
  await expect(count('New ones from members (by email)')).toContainText('1');
  await expect(count('Rows merged (a post seen twice)')).toContainText('1');
  await importer.getByRole('button', { name: 'Import 3 entries' }).click();
  await expect(importer.getByText('3 entries added, to moderate below.')).toBeVisible();
  await expect(entries.getByRole('button', { name: 'To moderate (3)' })).toBeVisible();
  expect(
    await db.contestEntry.count({ where: { contestId, source: 'IMPORT', customerId: ines.id } }),
  ).toBe(1);

  // The three are approved together: four people go into the draw.
  await entries.getByRole('checkbox', { name: 'Select every entry on this page' }).check();
  await entries.getByRole('button', { name: 'Approve the selection' }).click();
  await expect(entries.getByText('3 entries approved.')).toBeVisible();
  await expect(
    page.getByText('0 to moderate, 4 approved, 1 rejected · 1 new member'),
  ).toBeVisible();

  const draw = page.getByTestId('contest-draw');
  await expect(draw).toContainText('4 approved entries go into the draw.');
  await draw.getByRole('button', { name: 'Freeze the list' }).click();
  const freeze = page.getByRole('alertdialog', { name: 'Freeze the list of approved entries?' });
  await expect(freeze).toContainText('Entries and approvals close for good');
  await expect(freeze).toContainText('4 approved entries go into the draw.');
  await freeze.getByRole('button', { name: 'Freeze the list' }).click();
  await expect(freeze).toBeHidden();
  await expect(draw.getByText('List frozen with 4 entries')).toBeVisible();
  const frozen = await db.contest.findUniqueOrThrow({ where: { id: contestId } });
  await expect(draw.getByTestId('draw-list-hash')).toHaveText(frozen.drawListHash!);
  await expect(draw.getByTestId('draw-seed-hash')).toHaveText(frozen.drawSeedHash!);
  expect(frozen.drawListHash).toMatch(/^[0-9a-f]{64}$/);
  // The list went into the draw as it is: no entry can be decided any more.
  await expect(entries.getByTestId('bulk-moderation')).toHaveCount(0);
  await expect(entries.getByText('The draw’s list is frozen')).toBeVisible();
  await expect(draw.getByRole('link', { name: /contests\// })).toHaveAttribute(
    'href',
    `${urls.portal}/contests/${slug}`,
  );
  // Entries are closed: no more files.
  await expect(importer).toBeHidden();

  await draw.getByRole('button', { name: 'Draw 3 winners' }).click();
  const drawDialog = page.getByRole('alertdialog', { name: 'Draw 3 winners?' });
  await expect(drawDialog).toContainText('1,000 points each');
  await drawDialog.getByRole('button', { name: 'Draw 3 winners' }).click();
  await expect(drawDialog).toBeHidden();
  await expect(draw.getByText('3 winners drawn.')).toBeVisible();
  const winnersTable = draw.getByRole('table', { name: 'Winners' });
  const winnerRows = winnersTable.locator('tbody tr');
  await expect(winnerRows).toHaveCount(3);
  await expect(winnerRows.filter({ hasText: 'Winner' })).toHaveCount(3);

  // Each member drawn got the prize's points on top of her entry's.
  const winners = await db.contestWinner.findMany({
    where: { contestId },
    orderBy: { pick: 'asc' },
  });
  const balanceOf = async (customerId: string) =>
    (await db.account.findUniqueOrThrow({ where: { customerId } })).balance;
  // Two of the four people are members: at least one of them is among three drawn.
  expect(winners.filter((winner) => winner.customerId).length).toBeGreaterThan(0);
  for (const winner of winners)
    if (winner.customerId) expect(await balanceOf(winner.customerId)).toBe(1050);

  // The first one drawn is disqualified with a reason: the fourth person wins in her place.
  const first = winnerRows.first();
  const disqualify = first.getByRole('button', { name: /^Disqualify .+…$/ });
  await disqualify.scrollIntoViewIfNeeded();
  await expect(disqualify).toBeInViewport({ ratio: 1 });
  await disqualify.click();
  const disqualifyDialog = page.getByRole('alertdialog', { name: /^Disqualify .+\?$/ });
  await disqualifyDialog.getByRole('button', { name: 'Disqualify' }).click();
  await expect(disqualifyDialog.getByText('Say why, in 3 to 500 characters.')).toBeVisible();
  await disqualifyDialog.getByLabel('Reason').fill('The post was deleted');
  await disqualifyDialog.getByRole('button', { name: 'Disqualify' }).click();
  await expect(disqualifyDialog).toBeHidden();
  await expect(
    draw.getByText(/is disqualified: the next person drawn wins in their place\./),
  ).toBeVisible();
  await expect(winnerRows).toHaveCount(4);
  await expect(first).toContainText('Disqualified');
  await expect(first).toContainText('The post was deleted');
  await expect(first.getByRole('button')).toHaveCount(0);
  // Picks count from 0, as the public page publishes them.
  const replacement = winnerRows.filter({
    has: page.getByRole('cell', { name: '3', exact: true }),
  });
  await expect(replacement).toContainText('Winner');
  expect(await db.contestWinner.findFirstOrThrow({ where: { id: winners[0]!.id } })).toMatchObject({
    disqualifyReason: 'The post was deleted',
  });
  // Her prize was taken back.
  if (winners[0]!.customerId) expect(await balanceOf(winners[0]!.customerId)).toBe(50);
});
