import { expect, test } from '../fixtures.ts';
import { urls } from '../env.ts';
import { latestEmailTo } from '../inbox.ts';
import { signInToAdmin } from '../sign-in.ts';

// The marketer rewords the welcome email; a new member who agreed to emails receives it from the
// worker's automation within a minute, opens it and follows its button; the admin counts both.
test('marketer rewords the welcome → a new member gets it → its open and click are counted', async ({
  page,
  browser,
  makeStaff,
}) => {
  test.setTimeout(180_000);
  await signInToAdmin(page, await makeStaff('MARKETING'));
  await page.goto(`${urls.admin}/messages`);
  await page.getByRole('link', { name: 'Automations' }).click();
  await page.getByTestId('automation-WELCOME').getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome', exact: true })).toBeVisible();

  const english = page.getByRole('region', { name: 'English' });
  const subject = english.getByLabel('Email subject');
  await expect(subject).toHaveValue('Welcome to Fidèle, {firstName}');
  // A placeholder the welcome does not know is refused where it was typed; nothing is saved.
  await subject.fill('A warm welcome, {prenom}!');
  await page.getByRole('button', { name: 'Save the automation' }).click();
  await expect(english.getByText(/Unknown placeholder \{prenom\}/)).toBeVisible();

  await subject.fill('A warm welcome, {firstName}!');
  // The preview follows the words on screen, for a sample customer.
  await expect(page.getByTestId('automation-preview-en')).toContainText('A warm welcome, Camille!');
  await page.getByRole('button', { name: 'Save the automation' }).click();
  await expect(page.getByText('Automation saved.')).toBeVisible();

  // A new member who ticked the email opt-in at sign-up.
  const email = `welcome-${Date.now()}@example.com`;
  const portal = await browser.newPage();
  await portal.goto(`${urls.portal}/sign-up`);
  await portal.getByLabel('First name').fill('Léna');
  await portal.getByLabel('Email', { exact: true }).fill(email);
  await portal.getByLabel('Password').fill('a-long-password');
  await portal.getByLabel('Send me offers and private-sale invitations by email').check();
  await portal.getByRole('button', { name: 'Create my account' }).click();
  await expect(portal.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();

  const welcome = await latestEmailTo(email, /warm welcome/, { within: 150_000 });
  expect(welcome.subject).toBe('A warm welcome, Léna!');
  expect(welcome.text).toMatch(/Your member number is \d{12}/);
  const openImage = /src="([^"]+\/api\/messages\/[^"]+\/open)"/.exec(welcome.html)?.[1];
  const button = /href="([^"]+\/api\/messages\/[^"]+\/click\?to=[^"]+)"/.exec(welcome.html)?.[1];
  expect(openImage).toBeTruthy();
  expect(button).toBeTruthy();

  // Her mail client loads the image; she follows the button to her card (signing in first).
  const image = await fetch(openImage!.replaceAll('&amp;', '&'));
  expect(image.headers.get('content-type')).toBe('image/gif');
  await portal.goto(button!.replaceAll('&amp;', '&'));
  await expect(portal).toHaveURL(/\/(card|sign-in)/);

  await page.goto(`${urls.admin}/messages/automations`);
  await expect(
    page.getByTestId('automation-WELCOME').getByTestId('automation-results-EMAIL'),
  ).toContainText('1 opened · 1 clicked');
});
