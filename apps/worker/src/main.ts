import { createDb } from '@fidele/db';
import PgBoss from 'pg-boss';
import pino from 'pino';
import { env } from './env.ts';
import { jobs } from './jobs/index.ts';

// Durable jobs on PostgreSQL (pg-boss): several workers can run; each job is claimed once.
const log = pino({ level: env.LOG_LEVEL });
const db = createDb(env.DATABASE_URL, { max: 5 });
const boss = new PgBoss({ connectionString: env.DATABASE_URL, schema: 'pgboss' });
boss.on('error', (error) => log.error({ err: error }, 'pg-boss error'));

await boss.start();
for (const job of jobs) {
  await boss.createQueue(job.name);
  await boss.work(job.name, async () => job.run({ db, log: log.child({ job: job.name }) }));
  if (job.cron) await boss.schedule(job.name, job.cron);
}
log.info({ jobs: jobs.map((j) => j.name) }, 'worker ready');

const shutdown = async () => {
  await boss.stop({ graceful: true, timeout: 10_000 });
  await db.$disconnect();
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
