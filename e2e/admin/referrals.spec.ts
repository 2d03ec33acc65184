import { makeCustomer } from '@fidele/core/testing';
import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { signInToAdmin } from '../sign-in.ts';

// The end-to-end platform runs without the demo programme (FIDELE_DEMO=0): each test makes its own
// data. This one makes the demo's referrals again, with names of its own: Camille brought Nina,
// and two accounts of her own whose emails are hers once dots and +tags are ignored.
test('marketing reviews the referrals the fraud checks held: sees why, approves one, rejects another with a reason, then sets the referral bonus', async ({
  page,
  db,
  makeStaff,
}) => {
  const stamp = Date.now();
  const camille = await makeCustomer(db, {
    firstName: 'Camille',
    lastName: `Martin ${stamp}`,
    email: `camille.${stamp}@example.com`,
  });
  const { referralCode } = await db.customer.findUniqueOrThrow({
    where: { id: camille.id },
    select: { referralCode: true },
  });
  // Signed up as the portal and the tills sign friends up: the fraud checks decide the holds.
  const nina = await makeCustomer(db, {
    firstName: 'Nina',
    lastName: `Petit ${stamp}`,
    email: `nina.${stamp}@example.com`,
    referral: { code: referralCode, via: 'LINK' },
  });
  const dupont = await makeCustomer(db, {
    firstName: 'Camille',
    lastName: `Dupont ${stamp}`,
    email: `camille.${stamp}+2@example.com`,
    referral: { code: referralCode, via: 'CODE' },
  });
  const bis = await makeCustomer(db, {
    firstName: 'Camille',
    lastName: `Bis ${stamp}`,
    email: `c.amille.${stamp}+3@example.com`,
    referral: { code: referralCode, via: 'TILL' },
  });
  const statusOf = async (friendId: string) =>
    (await db.referral.findUniqueOrThrow({ where: { friendId }, select: { status: true } })).status;
  expect(await statusOf(nina.id)).toBe('PENDING');
  expect(await statusOf(dupont.id)).toBe('HELD');
  expect(await statusOf(bis.id)).toBe('HELD');

  const marketer = await makeStaff('MARKETING');
  await signInToAdmin(page, marketer);
  // Reviewed at the narrowest desktop width the back office is made for.
  await page.setViewportSize({ width: 1024, height: 800 });
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Referrals' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Referrals' })).toBeVisible();

  // The review queue comes first; the search finds either side.
  await expect(page.getByRole('button', { name: /^Held for review \(\d+\)$/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByLabel('Search referrals').fill(`Martin ${stamp}`);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/referrals\?q=Martin/);
  const dupontRow = page.getByRole('row', { name: new RegExp(`Camille Dupont ${stamp}`) });
  const bisRow = page.getByRole('row', { name: new RegExp(`Camille Bis ${stamp}`) });
  await expect(dupontRow).toContainText('Same email as the referrer (ignoring dots and +tags)');
  await expect(dupontRow).toContainText(`camille.${stamp}+2@example.com`);
  await expect(dupontRow).toContainText('Typed the code');
  await expect(dupontRow).toContainText('No purchase yet');
  await expect(dupontRow).toContainText('Held for review');
  await expect(
    dupontRow.getByRole('link', { name: `Camille Martin ${stamp}`, exact: true }),
  ).toHaveAttribute('href', `/customers/${camille.id}`);
  await expect(
    dupontRow.getByRole('link', { name: `Camille Dupont ${stamp}`, exact: true }),
  ).toHaveAttribute('href', `/customers/${dupont.id}`);
  await expect(bisRow).toContainText('Code given at a till');
  // Nina's referral was not held: it waits for her first purchase, in its own tab.
  await expect(page.getByRole('row', { name: new RegExp(`Nina Petit ${stamp}`) })).toBeHidden();

  // Nothing hides: the decision's buttons show without scrolling the table.
  const rejectDupont = dupontRow.getByRole('button', {
    name: `Reject the referral of Camille Dupont ${stamp}`,
  });
  await expect(rejectDupont).toBeInViewport({ ratio: 1 });

  // One is approved at once: it goes on as if never held, waiting for a purchase.
  await bisRow
    .getByRole('button', { name: `Approve the referral of Camille Bis ${stamp}` })
    .click();
  await expect(
    page.getByText(`Referral of Camille Bis ${stamp} approved. It pays once her first purchase`),
  ).toBeVisible();
  await expect(bisRow).toBeHidden();
  expect(await statusOf(bis.id)).toBe('PENDING');

  // The other is rejected: the reason is asked for first.
  await rejectDupont.click();
  const dialog = page.getByRole('alertdialog', {
    name: `Reject the referral of Camille Dupont ${stamp}?`,
  });
  await dialog.getByRole('button', { name: 'Reject the referral' }).click();
  await expect(dialog.getByText('Say why the referral is rejected')).toBeVisible();
  await expect(dialog.getByLabel('Reason')).toBeFocused();
  expect(await statusOf(dupont.id)).toBe('HELD');
  const reason = 'A second account of Camille’s own';
  await dialog.getByLabel('Reason').fill(reason);
  await dialog.getByRole('button', { name: 'Reject the referral' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Referral of Camille Dupont ${stamp} rejected.`)).toBeVisible();
  await expect(dupontRow).toBeHidden();
  // Camille's queue is empty now.
  await expect(page.getByText(`No referral matches “Martin ${stamp}”`)).toBeVisible();

  // Decided rows say who decided, when and why.
  await page.getByRole('button', { name: /^Rejected \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/status=REJECTED/);
  await expect(dupontRow).toContainText('Rejected');
  await expect(dupontRow).toContainText(reason);
  await expect(dupontRow).toContainText('Decided by Test marketing on');
  await page.getByRole('button', { name: /^Waiting for a purchase \(\d+\)$/ }).click();
  await expect(bisRow).toContainText('Decided by Test marketing on');
  await expect(page.getByRole('row', { name: new RegExp(`Nina Petit ${stamp}`) })).toContainText(
    'Through the link',
  );

  const rejected = await db.referral.findUniqueOrThrow({
    where: { friendId: dupont.id },
    select: { id: true, status: true, decisionReason: true, decidedById: true },
  });
  expect(rejected).toMatchObject({
    status: 'REJECTED',
    decisionReason: reason,
    decidedById: marketer.id,
  });
  expect(
    await db.auditLog.count({
      where: { action: 'referral.reject', targetType: 'referral', targetId: rejected.id },
    }),
  ).toBe(1);

  // The referral bonus: points for both sides, on a first purchase of 30 € or more.
  await page.setViewportSize({ width: 1440, height: 900 });
  await nav.getByRole('link', { name: 'Earn rules' }).click();
  await page.getByRole('button', { name: 'New rule' }).click();
  await page.getByLabel('Kind').selectOption({ label: 'Referral bonus' });
  const name = `Refer a friend ${stamp}`;
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Points for the member who referred').fill('0');
  await page.getByLabel('Points for the friend').fill('0');
  await page.getByLabel('Smallest first purchase').fill('30,00');
  // Nobody paid is refused next to the referrer's points.
  await page.getByRole('button', { name: 'Create rule' }).click();
  await expect(
    page.getByText('the member who referred, the friend or both get points'),
  ).toBeVisible();
  await expect(page.getByLabel('Points for the member who referred')).toBeFocused();
  await page.getByLabel('Points for the member who referred').fill('200');
  await page.getByLabel('Points for the friend').fill('100');
  await page.getByRole('button', { name: 'Create rule' }).click();
  await expect(page.getByText(`“${name}” saved.`)).toBeVisible();
  await expect(
    page.getByText(
      '200 points to the member who referred, 100 points to the friend, on the friend’s first purchase of €30.00 or more',
    ),
  ).toBeVisible();
  expect(
    await db.earnRule.findFirstOrThrow({
      where: { name },
      select: { kind: true, points: true, friendPoints: true, minAmount: true },
    }),
  ).toEqual({ kind: 'REFERRAL_BONUS', points: 200, friendPoints: 100, minAmount: 3000 });

  // Edited, the form shows the minimum in euros again.
  await page.getByRole('button', { name: `Edit ${name}` }).click();
  await expect(page.getByLabel('Smallest first purchase')).toHaveValue('30.00');
  await page.getByRole('button', { name: 'Cancel' }).click();

  // Archived again, so that no other test's purchases pay referrals.
  await page.getByRole('button', { name: `Archive ${name}` }).click();
  await page
    .getByRole('alertdialog', { name: `Archive “${name}”?` })
    .getByRole('button', { name: 'Archive' })
    .click();
  await expect(page.getByText(`“${name}” archived.`)).toBeVisible();

  // The weekly allowance of friends is a programme setting.
  await nav.getByRole('link', { name: 'Programme settings' }).click();
  await expect(page.getByLabel('Friends per week before review')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open the review queue' })).toHaveAttribute(
    'href',
    '/referrals',
  );
  await page.goto(`${urls.admin}/referrals`);
  await expect(page.getByRole('heading', { level: 1, name: 'Referrals' })).toBeVisible();
});
