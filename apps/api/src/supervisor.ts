import cluster, { type Worker } from 'node:cluster';

const RESTART_DELAY_MS = 1_000;

/**
 * Runs `count` API processes on one port and keeps them running: a process that dies is
 * replaced (after a second, so a crash at start-up does not spin), and a stop signal stops them
 * all before this one exits.
 */
export const superviseApiProcesses = (count: number) => {
  let stopping = false;
  const start = (): Worker => cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(
      `API process ${worker.process.pid} stopped (${signal ?? `exit ${code}`}); starting another`,
    );
    setTimeout(start, RESTART_DELAY_MS);
  });
  const stop = () => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {});
    if (workers.length === 0) process.exit(0);
    for (const worker of workers) worker?.process.kill('SIGTERM');
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  for (let i = 0; i < count; i++) start();
};
