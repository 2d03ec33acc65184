import { urls } from '../env.ts';
import { expect, test } from '../fixtures.ts';

test('after 5 attempts on one staff account, the sign-in page asks to wait', async ({
  page,
  makeStaff,
}) => {
  const staff = await makeStaff('OWNER');
  const attempt = async (password: string) => {
    await page.goto(`${urls.admin}/sign-in`);
    await page.getByLabel('Email').fill(staff.email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  };
  for (let i = 0; i < 5; i++) {
    await attempt(`wrong-${i}`);
    await expect(page.getByText('Wrong email or password')).toBeVisible();
  }
  await attempt(staff.password);
  await expect(page.getByText('wait 15 minutes and try again')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});
