import { makeCustomer, makeGame } from '@fidele/core/testing';
import { expectSecurityHeaders, watchCspViolations } from '../csp.ts';
import { urls } from '../env.ts';
import { expect, test } from '../fixtures.ts';
import { signInToPortal } from '../sign-in.ts';

test('portal pages load under their CSP, with no violation', async ({ page, db }) => {
  const { hashPassword } = await import('@fidele/auth/password');
  const customer = await makeCustomer(db, { passwordHash: await hashPassword('right-password') });
  const game = await makeGame(db, {
    prizes: [
      {
        id: 'ten',
        kind: 'POINTS',
        labelEn: '10 points',
        labelFr: '10 points',
        points: 10,
        rewardId: null,
        weight: 10_000,
        stock: null,
        paced: false,
      },
    ],
  });
  const violations = await watchCspViolations(page);
  await expectSecurityHeaders(await page.goto(`${urls.portal}/sign-in`));
  await page.getByRole('tab', { name: 'Email me a link' }).click();
  await signInToPortal(page, customer.email, 'right-password');
  await expect(page.getByTestId('points-balance')).toBeVisible();
  const games = ['/games', `/games/${game.id}`, `/games/${game.id}/rules`];
  for (const path of ['/', '/card', '/rewards', '/history', '/profile', ...games]) {
    await expectSecurityHeaders(await page.goto(`${urls.portal}${path}`));
    await page.waitForLoadState('networkidle');
  }
  expect(violations).toEqual([]);
});
