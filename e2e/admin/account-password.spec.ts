import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { signInToAdmin } from '../sign-in.ts';

test('after 5 wrong current passwords, a password change waits 15 minutes, said kindly', async ({
  page,
  makeStaff,
}) => {
  const member = await makeStaff('SUPPORT');
  await signInToAdmin(page, member);
  await page.goto(`${urls.admin}/account`);
  const change = async (current: string) => {
    await page.getByLabel('Current password').fill(current);
    await page.getByLabel('New password').fill('a-brand-new-password');
    await page.getByRole('button', { name: 'Change my password' }).click();
    // The form empties once the server answered: the next try waits for this one's answer.
    await expect(page.getByLabel('Current password')).toHaveValue('');
  };
  for (let i = 0; i < 5; i++) {
    await change(`not-it-${i}`);
    await expect(page.getByText('This is not your current password.')).toBeVisible();
  }
  await change(member.password);
  await expect(
    page.getByText('Too many attempts on this account or from this network.'),
  ).toContainText('wait 15 minutes and try again.');
});
