// Lighthouse on the signed-in portal, as a phone sees it (Lighthouse's default mobile emulation
// and simulated throttling): starts the BUILT portal (`next start`, build it first) on 127.0.0.1
// against a database of its own on the bench server, with a customer who has points, rewards and
// history; signs her in through the sign-in page, then audits home, card (and its full-screen
// view), history and rewards BENCH_RUNS times each (default 3) and prints the median of each score and metric.
// Targets: performance ≥ 90, accessibility 100 on each page (exit code 1 below them).
// Run it under the machine's lock: `flock /tmp/fidele-heavy.lock npm run bench:lighthouse`.
// Runs with tsx: the seeding uses the project's TypeScript packages. See bench/README.md.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { resolve } from 'node:path';
import { hashPassword } from '@fidele/auth/password';
import { givePoints, makeCustomer, makeReward } from '@fidele/core/testing';
import { createDb } from '@fidele/db';
import { ensureDatabase, MIGRATIONS_DIR, migrate } from '@fidele/db/migrations';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import pg from 'pg';
import { chromium } from 'playwright-core';
import { benchDatabaseUrl } from './bench-server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const PORT = Number(process.env.BENCH_PORTAL_PORT ?? 3910);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const PAGES = (process.env.BENCH_PAGES ?? '/,/card,/card/full,/history,/rewards').split(',');
const NAME = 'fidele_bench_portal';
const PASSWORD = 'bench-password';
const portal = `http://127.0.0.1:${PORT}`;
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A fresh, migrated database with one customer as a regular would have her. */
const prepareDatabase = async () => {
  const url = benchDatabaseUrl(NAME);
  const admin = new pg.Client({ connectionString: benchDatabaseUrl('postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`);
  await admin.end();
  await ensureDatabase(url);
  await migrate(url, MIGRATIONS_DIR);
  const db = createDb(url, { max: 2 });
  const customer = await makeCustomer(db, {
    firstName: 'Camille',
    passwordHash: await hashPassword(PASSWORD),
  });
  for (const points of [120, 80, 45, 300, 60, 25]) await givePoints(db, customer.id, points);
  for (const pointsCost of [200, 500, 1_000, 5_000])
    await makeReward(db, { pointsCost, nameEn: `${pointsCost} points gift` });
  await db.$disconnect();
  return { url, email: customer.email };
};

const startPortal = async (databaseUrl) => {
  const next = resolve(ROOT, 'node_modules/next/dist/bin/next');
  const child = spawn(process.execPath, [next, 'start', '-p', String(PORT), '-H', '127.0.0.1'], {
    cwd: resolve(ROOT, 'apps/portal'),
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORTAL_URL: portal,
      AUTH_SECRET: 'bench-portal-auth-secret-0123456789',
      MESSAGE_LINK_SECRET: 'bench-portal-message-secret-0123456789',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    // Its own process group: `next start` runs the server in a child process of its own.
    detached: true,
  });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await globalThis.fetch(`${portal}/sign-in`)).ok) return child;
    } catch {
      /* not listening yet */
    }
    await sleep(200);
  }
  process.kill(-child.pid);
  throw new Error('The portal did not start: run `npx turbo run build --filter=@fidele/portal`');
};

/**
 * Signs in through the page, as she would, in the browser Lighthouse drives: the session cookie
 * lands in its cookie jar, and is returned as a header for Lighthouse's `extraHeaders` too (with
 * the header alone, signed in from another browser, some runs landed on the sign-in page).
 */
const signIn = async (chrome, email) => {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  const context = browser.contexts()[0];
  const page = await context.newPage();
  await page.goto(`${portal}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  const cookies = await context.cookies(portal);
  await page.close();
  return cookies.map(({ name, value }) => `${name}=${value}`).join('; ');
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const audit = async (chrome, path, cookie) => {
  const { lhr } = await lighthouse(
    `${portal}${path}`,
    {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      extraHeaders: { Cookie: cookie },
    },
    undefined,
  );
  if (lhr.finalDisplayedUrl !== `${portal}${path}`) {
    const requests = lhr.audits['network-requests'].details.items;
    console.log(`${path} ended on ${lhr.finalDisplayedUrl}:`);
    for (const { statusCode, url } of requests.filter((r) => !r.url.includes('/_next/static/')))
      console.log(`  ${statusCode} ${url.slice(0, 100)}`);
    return undefined;
  }
  const failed = Object.values(lhr.audits)
    .filter((a) => lhr.categories.accessibility.auditRefs.some((ref) => ref.id === a.id))
    .filter((a) => a.score !== null && a.score < 1)
    .map((a) => a.id);
  return {
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    lcp: lhr.audits['largest-contentful-paint'].numericValue,
    tbt: lhr.audits['total-blocking-time'].numericValue,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    failed,
  };
};

const { url, email } = await prepareDatabase();
const server = await startPortal(url);
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
let belowTarget = false;
try {
  let cookie = await signIn(chrome, email);
  const rows = [];
  for (const path of PAGES) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      let result = await audit(chrome, path, cookie);
      // Seldom, a run lands on the sign-in page: sign in again, once, before giving up.
      if (!result) {
        cookie = await signIn(chrome, email);
        result = await audit(chrome, path, cookie);
      }
      if (!result) throw new Error(`${path} ends on the sign-in page even just after signing in`);
      runs.push(result);
    }
    const row = {
      page: path,
      performance: median(runs.map((r) => r.performance)),
      accessibility: median(runs.map((r) => r.accessibility)),
      'LCP (ms)': Math.round(median(runs.map((r) => r.lcp))),
      'TBT (ms)': Math.round(median(runs.map((r) => r.tbt))),
      CLS: Number(median(runs.map((r) => r.cls)).toFixed(3)),
      'accessibility audits failed': [...new Set(runs.flatMap((r) => r.failed))].join(' ') || '—',
    };
    rows.push(row);
    console.log(`${path}: performance ${runs.map((r) => r.performance).join(', ')}`);
    if (row.performance < 90 || row.accessibility < 100) belowTarget = true;
  }
  console.table(rows);
  console.log(belowTarget ? 'Below target (performance ≥ 90, accessibility 100).' : 'On target.');
} finally {
  await chrome.kill();
  process.kill(-server.pid);
}
process.exit(belowTarget ? 1 : 0);
