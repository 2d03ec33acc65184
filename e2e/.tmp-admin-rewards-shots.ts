import { chromium, type Page } from '@playwright/test';

const BASE = 'http://127.0.0.1:3411';
const [, , email = 'owner@example.com', ...paths] = process.argv;
const width = Number(process.env.W ?? 1440);
const height = Number(process.env.H ?? 900);
const locale = process.env.LOC ?? 'en';

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const context = await browser.newContext({ viewport: { width, height }, locale });
await context.addCookies([{ name: 'NEXT_LOCALE', value: locale, url: BASE }]);
const page: Page = await context.newPage();
page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
page.on('console', (m) => {
  if (m.type() === 'error') console.log('CONSOLE', m.text());
});
await page.goto(`${BASE}/sign-in`);
await page.getByLabel(/email|e-mail/i).fill(email);
await page.getByLabel(/password|mot de passe/i).fill('demo1234');
await page.getByRole('button', { name: /sign in|se connecter/i }).click();
await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
for (const spec of paths) {
  const [path, name, full] = spec.split('|');
  await page.goto(`${BASE}${path}`);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/admin-rewards/${name}.png`, fullPage: full === 'full' });
  console.log('shot', name);
}
await browser.close();
