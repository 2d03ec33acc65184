import { type Browser, chromium, type Page } from '@playwright/test';

const BASE = 'http://127.0.0.1:3411';
const OUT = '/tmp/admin-rewards';
const browser: Browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const signIn = async (email: string, opts: { locale?: string; width?: number; height?: number } = {}) => {
  const context = await browser.newContext({ viewport: { width: opts.width ?? 1440, height: opts.height ?? 900 } });
  await context.addCookies([{ name: 'NEXT_LOCALE', value: opts.locale ?? 'en', url: BASE }]);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  page.on('console', (m) => { if (m.type() === 'error') console.log('CONSOLE', m.text()); });
  await page.goto(`${BASE}/sign-in`);
  await page.getByLabel(/email|e-mail/i).fill(email);
  await page.getByLabel(/password|mot de passe/i).fill('demo1234');
  await page.getByRole('button', { name: /sign in|se connecter/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  return page;
};
const shot = async (page: Page, name: string, fullPage = false) => {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/${name}.png`, fullPage });
  console.log('shot', name, page.url());
};

const step = process.argv[2];

if (step === 'reward') {
  const page = await signIn('marketing@example.com');
  await page.goto(`${BASE}/rewards/new`);
  await page.getByLabel('Name in English').fill('Birthday 25% off');
  await page.getByLabel('Cost in points').fill('400');
  await page.getByLabel('Percentage', { exact: true }).check();
  await page.getByLabel('Percentage off').fill('150');
  await page.getByLabel('Days a code stays valid').fill('');
  await page.getByRole('button', { name: 'Create the reward' }).click();
  await shot(page, 'flow-reward-errors', true);
  await page.getByLabel('Name in French').fill('Anniversaire : 25 % de réduction');
  await page.getByLabel('Percentage off').fill('25');
  await page.getByLabel(/Most taken off/).fill('20');
  await page.getByLabel(/Minimum basket/).fill('50,00');
  await page.getByLabel('Days a code stays valid').fill('14');
  await page.getByLabel('Codes left to issue').fill('100');
  await shot(page, 'flow-reward-filled', true);
  await page.getByRole('button', { name: 'Create the reward' }).click();
  await page.waitForURL(/created=1/);
  await shot(page, 'flow-reward-created', true);
  await page.getByLabel('Cost in points').fill('350');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('Changes saved').waitFor();
  await shot(page, 'flow-reward-saved', true);
  await page.goto(`${BASE}/rewards`);
  await page.getByRole('button', { name: 'Archive Birthday 25% off' }).click();
  await shot(page, 'flow-reward-archive-dialog');
  await page.getByRole('button', { name: 'Archive the reward' }).click();
  await page.getByText(/is archived/).waitFor();
  await shot(page, 'flow-reward-archived');
  await page.getByLabel('Show archived rewards').check();
  await shot(page, 'flow-reward-list-archived');
}

if (step === 'cancel') {
  const page = await signIn('support@example.com');
  await page.goto(`${BASE}/codes`);
  await page.getByLabel('Code').fill(process.argv[3]!);
  await page.keyboard.press('Enter');
  await page.getByTestId('code-status').waitFor();
  await page.getByRole('button', { name: 'Cancel code' }).click();
  await page.getByRole('button', { name: 'Cancel the code' }).click();
  await shot(page, 'flow-cancel-dialog-error');
  await page.getByLabel('Reason').fill('Customer claimed the wrong reward');
  await page.getByRole('button', { name: 'Cancel the code' }).click();
  await page.getByText(/Code cancelled/).waitFor();
  await shot(page, 'flow-cancel-done', true);
  console.log('status', await page.getByTestId('code-status').textContent());
  console.log('events', await page.getByTestId('code-event').allTextContents());
}

if (step === 'roles') {
  const page = await signIn('store@example.com');
  await page.goto(`${BASE}/redemptions`);
  await shot(page, 'role-store-redemptions');
  await page.goto(`${BASE}/rewards`);
  await shot(page, 'role-store-rewards');
  await page.goto(`${BASE}/codes/${process.argv[3]}`);
  await shot(page, 'role-store-code');
}

if (step === 'fr') {
  const page = await signIn('owner@example.com', { locale: 'fr' });
  for (const [path, name] of [['/rewards?archived=1', 'fr-rewards'], [`/codes/${process.argv[3]}`, 'fr-code'], ['/redemptions', 'fr-redemptions'], [`/customers/${process.argv[4]}`, 'fr-customer']] as const) {
    await page.goto(`${BASE}${path}`);
    await shot(page, name, true);
  }
  await page.goto(`${BASE}/rewards/new`);
  await page.getByLabel('Pourcentage', { exact: true }).check();
  await page.getByLabel('Livraison offerte (en ligne)').check();
  await page.getByLabel('En boutique uniquement (caisses)').check();
  await page.getByRole('button', { name: 'Créer la récompense' }).click();
  await shot(page, 'fr-reward-errors', true);
}

if (step === 'mobile') {
  const page = await signIn('owner@example.com', { width: 390, height: 844 });
  for (const [path, name] of [[`/codes/${process.argv[3]}`, 'm-code'], ['/rewards', 'm-rewards'], ['/rewards/new', 'm-reward-new'], ['/redemptions', 'm-redemptions']] as const) {
    await page.goto(`${BASE}${path}`);
    await shot(page, name);
  }
}
await browser.close();
