import { join, resolve } from 'node:path';

// The end-to-end platform runs beside a developer's `npm start`, on its own ports and data;
// `E2E_PORT_BASE` moves them all, so two checkouts can run their suites side by side.
export const ROOT = resolve(import.meta.dirname, '..');
export const E2E_HOME = join(ROOT, '.fidele', 'e2e');
const base = Number(process.env.E2E_PORT_BASE ?? 4000);
export const ports = {
  portal: base,
  admin: base + 1,
  api: base + 2,
  smtp: base + 25,
  mail: base + 80,
  pg: base + 1435,
};
export const urls = {
  portal: `http://127.0.0.1:${ports.portal}`,
  admin: `http://127.0.0.1:${ports.admin}`,
  api: `http://127.0.0.1:${ports.api}`,
  mail: `http://127.0.0.1:${ports.mail}`,
};

/** `DATABASE_URL`'s server with a database of its own, else the embedded cluster of the run. */
export const databaseUrl = (() => {
  if (!process.env.DATABASE_URL) return `postgresql://postgres:fidele@127.0.0.1:${ports.pg}/fidele`;
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = '/fidele_e2e';
  return url.toString();
})();

export const platformEnv = {
  FIDELE_HOME: E2E_HOME,
  FIDELE_DEMO: '0',
  FIDELE_PG_PORT: String(ports.pg),
  PORTAL_PORT: String(ports.portal),
  ADMIN_PORT: String(ports.admin),
  API_PORT: String(ports.api),
  SMTP_PORT: String(ports.smtp),
  MAIL_WEB_PORT: String(ports.mail),
  ...(process.env.DATABASE_URL ? { DATABASE_URL: databaseUrl } : {}),
};
