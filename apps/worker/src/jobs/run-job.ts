import { createDb } from '@fidele/db';
import pino from 'pino';
import { env } from '../env.ts';
import { jobs } from './index.ts';

// Runs one job now, outside its schedule: `npx tsx src/jobs/run-job.ts birthday-bonus`.
const name = process.argv[2];
const job = jobs.find((candidate) => candidate.name === name);
if (!job) {
  console.error(`Unknown job "${name}". Jobs: ${jobs.map((j) => j.name).join(', ')}`);
  process.exit(1);
}
const log = pino({ level: env.LOG_LEVEL });
const db = createDb(env.DATABASE_URL, { max: 2 });
await job.run({ db, log: log.child({ job: job.name }) });
await db.$disconnect();
