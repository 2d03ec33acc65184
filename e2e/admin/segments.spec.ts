import { readFile } from 'node:fs/promises';
import { givePoints, makeCustomer } from '@fidele/core/testing';
import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { signInToAdmin } from '../sign-in.ts';

test('marketing builds a segment with a live count, saves it and downloads its members', async ({
  page,
  db,
  makeStaff,
}) => {
  const rich = await makeCustomer(db, { firstName: 'Opulence' });
  await givePoints(db, rich.id, 987_654);
  await signInToAdmin(page, await makeStaff('MARKETING'));
  await page.goto(`${urls.admin}/segments/new`);
  const count = page.getByTestId('segment-count');
  await expect(count).not.toHaveAttribute('data-pending', 'true');
  const everyone = Number(await count.getAttribute('data-count'));
  expect(everyone).toBeGreaterThan(0);

  // The default condition is "points balance at least 0": raise it to select the one rich member.
  const value = page.getByTestId('segment-condition').getByLabel('Points', { exact: true });
  await value.fill('987654');
  await expect(count).toHaveAttribute('data-count', '1');
  await expect(count).not.toHaveAttribute('data-pending', 'true');
  await expect(page.getByTestId('segment-sample')).toContainText('Opulence');

  await page.getByLabel('Name').fill('Opulent balances');
  await page.getByRole('button', { name: 'Create the segment' }).click();
  await page.waitForURL(/\/segments\/[0-9a-f-]{36}/);
  const download = page.waitForEvent('download');
  await page.getByTestId('segment-csv').click();
  const csv = await readFile(await (await download).path(), 'utf8');
  expect(csv).toContain(rich.memberCode);
  expect(csv.trimEnd().split('\r\n')).toHaveLength(2);
});
