import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { updateReward } from '@fidele/core/rewards';
import { makeReward, makeStaffUser } from '@fidele/core/testing';
import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { signInToAdmin } from '../sign-in.ts';

/** Today and tomorrow in the programme's time zone, as the date filter reads them. */
const parisDay = (offsetDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );

test('the owner reads an edit in words, filters the log by action and day, and downloads it', async ({
  page,
  db,
  makeStaff,
}) => {
  // A marketer raised a reward's name and lowered its cost.
  const name = `Tote bag ${randomUUID().slice(0, 6)}`;
  const marketer = await makeStaffUser(db, { role: 'MARKETING', name: 'Maëlle Marketing' });
  const reward = await makeReward(db, { nameEn: name, pointsCost: 500 });
  const terms = {
    nameEn: `${name} (organic)`,
    nameFr: 'Sac en toile',
    pointsCost: 450,
    discountType: 'FIXED_AMOUNT' as const,
    discountValue: 1_000,
    channels: 'BOTH' as const,
    validityDays: 30,
  };
  await db.$transaction((tx) =>
    updateReward(tx, { id: reward.id, data: terms, staffUserId: marketer.id }),
  );

  await signInToAdmin(page, await makeStaff('OWNER'));
  await page.goto(`${urls.admin}/audit`);
  await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();

  await page.getByLabel('Action', { exact: true }).selectOption({ label: 'Edited a reward' });
  await expect(page).toHaveURL(/action=reward\.update/);
  const row = page.getByRole('row').filter({ hasText: `${name} (organic)` });
  await expect(row).toContainText('Edited a reward');
  await expect(row.getByRole('link', { name: 'Maëlle Marketing' })).toHaveAttribute(
    'href',
    `/staff/${marketer.id}`,
  );
  await expect(row.getByRole('link', { name: `${name} (organic)` })).toHaveAttribute(
    'href',
    `/rewards/${reward.id}`,
  );
  const cost = row.getByRole('listitem').filter({ hasText: 'Points cost:' });
  await expect(cost.locator('del')).toHaveText('500');
  await expect(cost.locator('ins')).toHaveText('450');

  // Today holds it; from tomorrow on, nothing. Each date is in the address before the next is
  // typed, as a person types them.
  const showDays = async (day: string) => {
    await page.getByLabel('From', { exact: true }).fill(day);
    await expect(page).toHaveURL(new RegExp(`from=${day}`));
    await page.getByLabel('To', { exact: true }).fill(day);
    await expect(page).toHaveURL(new RegExp(`from=${day}&.*to=${day}|to=${day}&.*from=${day}`));
  };
  await showDays(parisDay());
  await expect(row).toBeVisible();
  await showDays(parisDay(1));
  await expect(page.getByText('No entry matches these filters')).toBeVisible();
  await showDays(parisDay());
  await expect(row).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export CSV' }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toContain('date,actor_type,actor,actor_context,action,action_code');
  const edit = lines.find((line) => line.includes(`${name} (organic)`));
  expect(edit).toContain('Maëlle Marketing');
  expect(edit).toContain('Edited a reward');
  expect(edit).toContain('pointsCost: 500 → 450');
  // Only the filtered action: every row is a reward edit.
  expect(lines.slice(1).every((line) => line.includes(',reward.update,'))).toBe(true);
});
