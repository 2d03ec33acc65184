import cluster from 'node:cluster';
import { env } from './env.ts';
import { serveApi } from './serve.ts';
import { superviseApiProcesses } from './supervisor.ts';

// One API process per core (API_PROCESSES): they share the port, the database and the rate
// limits' store, so any of them may answer any request.
if (cluster.isPrimary && env.API_PROCESSES > 1) superviseApiProcesses(env.API_PROCESSES);
else await serveApi();
