import { join, relative } from 'node:path';
import { DEMO } from '../prisma/seed/demo.ts';
import { loadSecrets, platformConfig as config, ROOT } from './platform/config.ts';
import { prepareDatabase } from './platform/database.ts';
import { portsInUse, run, startAll, waitForPorts } from './platform/processes.ts';

// `npm start`: the whole platform on one machine — database, migrations, demo data, portal,
// admin, POS API, worker and a development mail inbox — stopped cleanly by Ctrl-C.
const log = (line: string) => console.log(`\x1b[1mfidele \x1b[0m │ ${line}`);

const ports = {
  portal: config.PORTAL_PORT,
  admin: config.ADMIN_PORT,
  api: config.API_PORT,
  smtp: config.SMTP_PORT,
  mail: config.MAIL_WEB_PORT,
};
const busy = await portsInUse(Object.values(ports));
if (busy.length) {
  console.error(`Port(s) ${busy.join(', ')} already in use: is Fidèle already running?`);
  process.exit(1);
}

const secrets = loadSecrets(config.FIDELE_HOME);
const database = await prepareDatabase(config, log);

log('building the portal and the admin (cached after the first start)…');
await run(
  'turbo',
  [
    'run',
    'build',
    '--filter=@fidele/portal',
    '--filter=@fidele/admin',
    '--output-logs=errors-only',
  ],
  {
    TURBO_TELEMETRY_DISABLED: '1',
    TURBO_NO_UPDATE_NOTIFIER: '1',
  },
);

const url = (port: number) => `http://127.0.0.1:${port}`;
const env = {
  NODE_ENV: 'production',
  DATABASE_URL: database.url,
  SMTP_URL: `smtp://127.0.0.1:${ports.smtp}`,
  PORTAL_URL: url(ports.portal),
  ADMIN_URL: url(ports.admin),
  API_URL: url(ports.api),
};

let stopping = false;
const stopAll = startAll(
  [
    {
      name: 'mail',
      command: 'maildev',
      args: [
        '--smtp',
        String(ports.smtp),
        '--web',
        String(ports.mail),
        '--ip',
        '127.0.0.1',
        '--web-ip',
        '127.0.0.1',
      ],
      port: ports.mail,
    },
    {
      name: 'api',
      command: 'tsx',
      args: ['apps/api/src/main.ts'],
      env: { ...env, API_PORT: String(ports.api), LOG_LEVEL: 'warn' },
    },
    {
      name: 'worker',
      command: 'tsx',
      args: ['apps/worker/src/main.ts'],
      env: { ...env, MESSAGE_LINK_SECRET: secrets.messages },
    },
    {
      name: 'portal',
      command: 'next',
      args: ['start', '-p', String(ports.portal), '-H', '127.0.0.1'],
      cwd: join(ROOT, 'apps/portal'),
      env: { ...env, AUTH_SECRET: secrets.portal, MESSAGE_LINK_SECRET: secrets.messages },
    },
    {
      name: 'admin',
      command: 'next',
      args: ['start', '-p', String(ports.admin), '-H', '127.0.0.1'],
      cwd: join(ROOT, 'apps/admin'),
      // A platform on one machine: webhook endpoints may be local http receivers.
      env: { ...env, AUTH_SECRET: secrets.admin, WEBHOOKS_ALLOW_LOCAL_HTTP: '1' },
    },
  ],
  (name, code) => {
    if (stopping) return;
    log(`${name} stopped unexpectedly (exit ${code}); stopping the platform`);
    void shutdown(1);
  },
);

const shutdown = async (code: number) => {
  if (stopping) return;
  stopping = true;
  log('stopping…');
  await stopAll();
  await database.stop().catch(() => {});
  process.exit(code);
};
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

await waitForPorts([ports.portal, ports.admin, ports.api, ports.mail]);
const demo = config.FIDELE_DEMO === '1';
console.log(`
  \x1b[1mFidèle is running.\x1b[0m  Ctrl-C stops it; the data stays in ${config.DATABASE_URL ? 'your DATABASE_URL' : relative(ROOT, config.FIDELE_HOME) || config.FIDELE_HOME} (npm run reset wipes it).

  Customer portal   ${env.PORTAL_URL}
  Admin             ${env.ADMIN_URL}
  POS / e-shop API  ${env.API_URL}/api/v1   (docs: ${env.API_URL}/api/docs)
  Mail inbox        ${url(ports.mail)}
${
  demo
    ? `
  \x1b[33mDemo credentials — for trying Fidèle only:\x1b[0m
  Customer          ${DEMO.customer.email} / ${DEMO.password}
  Staff             ${DEMO.staff.map((s) => `${s.email} (${s.role})`).join(', ')} / ${DEMO.password}
  Store API key     ${DEMO.shops.store.key}   (${DEMO.shops.store.name})
  E-shop API key    ${DEMO.shops.eshop.key}   (${DEMO.shops.eshop.name})
  Social contest    ${env.PORTAL_URL}/contests/${DEMO.contestSlug}   (public: share it, sign up from it)
  Camille's referral ${env.PORTAL_URL}/sign-up?r=${DEMO.customer.referralCode}   (a friend joins through it)
`
    : ''
}`);
