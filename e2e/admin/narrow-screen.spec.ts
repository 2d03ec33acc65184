import { makeApiKey, makeReward, makeShop } from '@fidele/core/testing';
import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { signInToAdmin } from '../sign-in.ts';

// A 1024 px laptop: the sidebar and the wide tables share the width, and a row's actions must
// stay reachable (the tables scroll sideways and keep their actions pinned at the right edge).
test.use({ viewport: { width: 1024, height: 768 } });

test('at 1024 px a reward row and an API key row keep their actions in reach', async ({
  page,
  db,
  makeStaff,
}) => {
  const name = `Narrow ${Date.now()}`;
  await makeReward(db, { nameEn: name, nameFr: `Étroit ${name}` });
  const shop = await makeShop(db, { name: `Narrow shop ${Date.now()}` });
  await makeApiKey(db, { shopId: shop.id });
  await signInToAdmin(page, await makeStaff('OWNER'));

  await page.goto(`${urls.admin}/rewards`);
  const edit = page.getByRole('link', { name: `Edit ${name}` });
  await edit.scrollIntoViewIfNeeded();
  await expect(edit).toBeInViewport();
  // A trial click checks that nothing covers the link where it would be clicked.
  await edit.click({ trial: true });
  // The table scrolls in its card: the page itself never gets wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(1024);

  await page.goto(`${urls.admin}/shops`);
  await page.getByRole('button', { name: new RegExp(shop.name) }).click();
  const revoke = page.getByRole('button', { name: 'Revoke Test till' });
  await revoke.scrollIntoViewIfNeeded();
  await expect(revoke).toBeInViewport();
  await revoke.click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
});

// The browser is in New York; the programme, and so every date typed in the admin, in Paris.
test.describe('in a browser of another time zone', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('an offer’s dates name the programme’s zone and the preview shows them as typed', async ({
    page,
    makeStaff,
  }) => {
    await signInToAdmin(page, await makeStaff('MARKETING'));
    await page.goto(`${urls.admin}/offers/new`);
    const starts = page.getByLabel('Starts', { exact: true });
    await expect(starts).toHaveAccessibleDescription(/Paris time \(Europe\/Paris\)/);
    await expect(page.getByLabel('Ends', { exact: true })).toHaveAccessibleDescription(
      /Europe\/Paris/,
    );

    await page.getByLabel('Title in English').fill('Narrow screen offer');
    await page.getByLabel('Percentage', { exact: true }).check();
    await page.getByLabel('Percentage off').fill('20');
    await starts.fill('2031-01-10T09:30');
    await page.getByLabel('Ends', { exact: true }).fill('2031-01-17T18:00');
    const preview = page.getByTestId('offer-preview');
    await expect(preview).toContainText('Jan 10, 2031, 9:30 AM');
    await expect(preview).toContainText('Jan 17, 2031, 6:00 PM');
  });
});
