import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { signInToAdmin } from '../sign-in.ts';
import { ensureSilverAndGold } from '../tier-ladder.ts';

test('marketing creates a Gold-only offer, sees it live with its claims; support reads it only', async ({
  browser,
  page,
  db,
  makeStaff,
}) => {
  await ensureSilverAndGold(db);
  const title = `Gold weekend ${Date.now()}`;
  await signInToAdmin(page, await makeStaff('MARKETING'));
  await page.getByRole('link', { name: 'VIP offers' }).click();
  await page.getByRole('link', { name: 'New offer' }).click();

  await page.getByLabel('Title in English').fill(title);
  await page.getByLabel('Title in French').fill(`Week-end Or ${title}`);
  await page.getByRole('checkbox', { name: 'Gold', exact: true }).check();
  await expect(page.getByLabel('A personal discount code')).toBeChecked();
  await page.getByLabel('Percentage', { exact: true }).check();
  await page.getByLabel('Percentage off').fill('20');
  await page.getByLabel('Claims in all').fill('100');
  await expect(page.getByTestId('offer-preview')).toContainText('20');
  await page.getByRole('button', { name: 'Create the offer' }).click();

  await page.waitForURL(/\/offers\/[0-9a-f-]{36}\?created=1$/);
  const offerUrl = page.url().replace(/\?.*$/, '');
  await expect(page.getByText('Offer created.')).toBeVisible();
  await expect(page.getByTestId('offer-status').first()).toHaveAttribute('data-status', 'live');
  const history = page.locator('#history');
  await expect(history).toContainText('Created an offer');

  await page.goto(`${urls.admin}/offers`);
  await page.getByRole('searchbox', { name: 'Title' }).fill(title);
  await page.getByRole('button', { name: 'Search' }).click();
  const row = page.getByRole('row', { name: new RegExp(title) });
  await expect(row).toContainText('Gold');
  await expect(row).toContainText('Personal code');
  await expect(row).toContainText('0 / 100');
  await expect(row).toContainText('Live');
  await row.getByRole('link', { name: title }).click();
  await page.waitForURL(offerUrl);
  const claims = page.getByTestId('offer-claims');
  await expect(claims).toContainText('No claim yet');

  const support = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await signInToAdmin(support, await makeStaff('SUPPORT'));
  await support.goto(offerUrl);
  await expect(support.getByText('Only owners and marketing can change offers.')).toBeVisible();
  await expect(support.getByLabel('Title in English')).toHaveValue(title);
  await expect(support.getByLabel('Title in English')).toBeDisabled();
  await expect(support.getByRole('checkbox', { name: 'Gold', exact: true })).toBeChecked();
  await expect(support.getByRole('button', { name: 'Save changes' })).toHaveCount(0);
  await expect(support.getByRole('button', { name: 'Archive' })).toHaveCount(0);
  await expect(support.getByTestId('offer-claims')).toContainText('No claim yet');
  await support.close();
});

test('an offer without a target is refused on the form and nothing is created', async ({
  page,
  db,
  makeStaff,
}) => {
  const title = `Nobody's offer ${Date.now()}`;
  await signInToAdmin(page, await makeStaff('MARKETING'));
  await page.goto(`${urls.admin}/offers/new`);
  await page.getByLabel('Title in English').fill(title);
  await page.getByLabel('Title in French').fill(title);
  await page.getByLabel('Percentage off').fill('20');
  await page.getByRole('button', { name: 'Create the offer' }).click();

  await expect(page.getByText('Target at least one tier or one segment')).toBeVisible();
  await expect(page).toHaveURL(/\/offers\/new$/);
  expect(await db.offer.count({ where: { titleEn: title } })).toBe(0);
});
