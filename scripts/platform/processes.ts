import { type ChildProcess, spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './config.ts';

export type ProcessSpec = {
  name: string;
  command: string;
  args: string[];
  cwd?: string;
  env?: Record<string, string>;
  /** A port that is open once the process is ready. */
  port?: number;
};

const COLOURS = [36, 35, 33, 32, 34, 31];
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

/** Runs a command to completion with its output shown, failing on a non-zero exit. */
export const run = (command: string, args: string[], env: Record<string, string> = {}) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(bin(command), args, {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });

/** Starts long-running processes with prefixed output; returns a function that stops them all. */
export const startAll = (
  specs: ProcessSpec[],
  onExit: (name: string, code: number | null) => void,
) => {
  const children: ChildProcess[] = specs.map((spec, index) => {
    const child = spawn(bin(spec.command), spec.args, {
      cwd: spec.cwd ?? ROOT,
      env: { ...process.env, ...spec.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const prefix = `\x1b[${COLOURS[index % COLOURS.length]}m${spec.name.padEnd(7)}\x1b[0m │ `;
    const forward = (stream: NodeJS.WritableStream) => (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n'))
        if (line.trim()) stream.write(prefix + line + '\n');
    };
    child.stdout?.on('data', forward(process.stdout));
    child.stderr?.on('data', forward(process.stderr));
    child.on('exit', (code) => onExit(spec.name, code));
    return child;
  });
  return async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || !child.pid) return resolve();
            child.once('exit', () => resolve());
            // Each child leads its own process group, so its own children (Next's workers) stop too.
            process.kill(-child.pid, 'SIGTERM');
            setTimeout(
              () => child.exitCode === null && process.kill(-child.pid!, 'SIGKILL'),
              8_000,
            ).unref();
          }),
      ),
    );
  };
};

const isOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

export const waitForPorts = async (ports: number[], timeoutMs = 120_000) => {
  const deadline = Date.now() + timeoutMs;
  for (const port of ports)
    while (!(await isOpen(port))) {
      if (Date.now() > deadline) throw new Error(`Nothing listens on port ${port}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
};

export const portsInUse = async (ports: number[]) =>
  (await Promise.all(ports.map(async (port) => ((await isOpen(port)) ? port : undefined)))).filter(
    (port): port is number => port !== undefined,
  );
