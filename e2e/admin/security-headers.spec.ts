import { expectSecurityHeaders, watchCspViolations } from '../csp.ts';
import { urls } from '../env.ts';
import { expect, test } from '../fixtures.ts';
import { signInToAdmin } from '../sign-in.ts';

test('admin pages load under their CSP, with no violation', async ({ page, makeStaff }) => {
  const violations = await watchCspViolations(page);
  await expectSecurityHeaders(await page.goto(`${urls.admin}/sign-in`));
  await signInToAdmin(page, await makeStaff('OWNER'));
  for (const path of ['/customers', '/rewards', '/offers', '/audit']) {
    await expectSecurityHeaders(await page.goto(`${urls.admin}${path}`));
    await page.waitForLoadState('networkidle');
  }
  await expect(page.getByRole('heading').first()).toBeVisible();
  expect(violations).toEqual([]);
});
