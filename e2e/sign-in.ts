import type { Page } from '@playwright/test';
import { urls } from './env.ts';

/** Signs a staff member in to the admin and waits until the console is open. */
export const signInToAdmin = async (page: Page, staff: { email: string; password: string }) => {
  await page.goto(`${urls.admin}/sign-in`);
  await page.getByLabel('Email').fill(staff.email);
  await page.getByLabel('Password').fill(staff.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
};

/** Submits the portal's password sign-in; the caller checks where it lands. */
export const signInToPortal = async (page: Page, email: string, password: string) => {
  await page.goto(`${urls.portal}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
};
